package io.vetted.review.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.moderation.ModerationClient;
import io.vetted.review.reference.Label;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceStatus;
import io.vetted.review.reputation.ReputationClient;
import io.vetted.review.verification.InvitationRequest;
import io.vetted.review.verification.VerificationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Client verified by Vetted" and linkage: what Vetted checks itself (company register, mail
 * domain, shared device or network, the provider's past websites) and how it shows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrustApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ReputationClient reputation;

    @Inject
    ModerationClient moderation;

    @Inject
    VerificationClient verification;

    @Test
    void aClientAtItsOwnCompanyDomainPublishesInOneStepAndIsVerifiedAndCountedAtOnce() {
        UUID provider = fakes.vendor.knownProvider();
        String siren = company("Garage Petit");

        var written = write(provider, "claire@garage-petit.fr", "Garage Petit SARL", siren);

        assertThat(written.status()).isEqualTo(ReferenceStatus.PUBLISHED);
        assertThat(written.labels()).containsExactly(Label.CLIENT_VERIFIED);
        assertThat(written.vouchers()).singleElement().satisfies(v -> {
            assertThat(v.vouchedBy()).isEqualTo(Label.Voucher.VETTED);
            assertThat(v.independent()).isTrue();
        });
        var shown = reputation.reputation(provider);
        assertThat(shown.referenceCount()).isEqualTo(1);
        assertThat(shown.verifiedReferenceCount()).isEqualTo(1);
    }

    @Test
    void aFreeMailAddressNeverMakesAClientVerified() {
        String siren = company("Boulangerie Martin");

        var written = write(fakes.vendor.knownProvider(), uniq() + "@orange.fr", "Boulangerie Martin", siren);

        assertThat(written.labels()).containsExactly(Label.NOT_VERIFIED);
        assertThat(written.verification().check()).isEqualTo(ClientCheck.FREE_MAIL);
        assertThat(written.status()).isEqualTo(ReferenceStatus.PUBLISHED);
    }

    @Test
    void aMailDomainThatIsNotTheCompanysIsNotVerified() {
        String siren = company("Pharmacie du Centre");

        var written = write(fakes.vendor.knownProvider(), "x@" + uniq() + ".fr", "Pharmacie du Centre", siren);

        assertThat(written.verification().check()).isEqualTo(ClientCheck.DOMAIN_MISMATCH);
        assertThat(written.labels()).containsExactly(Label.NOT_VERIFIED);
    }

    @Test
    void aModeratorConfirmingTheCompanysDomainOnceVerifiesItsClients() {
        String siren = company("Société Nouvelle des Eaux");
        String domain = "sne-" + uniq() + ".fr";
        var first = write(fakes.vendor.knownProvider(), "a@" + domain, "Société Nouvelle des Eaux", siren);
        assertThat(first.verification().check()).isEqualTo(ClientCheck.DOMAIN_MISMATCH);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(moderation.confirmCompanyDomain(first.id()).labels()).containsExactly(Label.CLIENT_VERIFIED);
        }
        var colleague = write(fakes.vendor.knownProvider(), "b@" + domain, "Société Nouvelle des Eaux", siren);

        assertThat(colleague.labels()).containsExactly(Label.CLIENT_VERIFIED);
    }

    @Test
    void theProvidersOwnLabelsNeverCountAsVerified() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var author = TestIssuer.shared().account("SME");
        String token;
        try (var ignored = BearerToken.as(TestIssuer.shared().token(owner.toString(), "PROVIDER"))) {
            token = verification
                    .invite(provider, new InvitationRequest(SampleReferences.email(author.token())))
                    .body()
                    .token();
        }
        ReferenceResponse written;
        try (var ignored = BearerToken.as(author)) {
            var sample = SampleReferences.from("Client " + uniq(), null, 5, SampleReferences.uniqueText());
            written = references
                    .create(
                            provider,
                            null,
                            new ReferenceRequest(
                                    sample.company(),
                                    sample.engagement(),
                                    5,
                                    sample.criteria(),
                                    true,
                                    sample.facts(),
                                    sample.comment(),
                                    true,
                                    token,
                                    null))
                    .body();
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().token(owner.toString(), "PROVIDER"))) {
            verification.confirm(written.id());
        }

        var shown = reputation.reputation(provider);
        assertThat(shown.verifiedReferenceCount()).isZero();
        assertThat(shown.providerVouchedReferenceCount()).isEqualTo(1);
        assertThat(references.list(provider, 0, 20, null, true, null, null).total())
                .isZero();
        assertThat(references.get(written.id()).vouchers())
                .extracting(ReferenceResponse.VoucherView::label, ReferenceResponse.VoucherView::vouchedBy)
                .containsExactly(
                        tuple(Label.INVITED_BY_PROVIDER, Label.Voucher.PROVIDER),
                        tuple(Label.ENGAGEMENT_CONFIRMED, Label.Voucher.PROVIDER),
                        tuple(Label.NOT_VERIFIED, Label.Voucher.NOBODY));
    }

    @Test
    void aSirenTheRegisterDoesNotKnowIsHeldUnderReviewAsACompanyMismatch() {
        UUID provider = fakes.vendor.knownProvider();

        var written = write(provider, "x@fantome.fr", "Fantôme SAS", SampleReferences.siren());

        assertThat(written.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(written.underReview().reasons())
                .extracting(ReferenceResponse.Reason::kind)
                .containsExactly("COMPANY_MISMATCH");
        assertThat(reputation.reputation(provider).referenceCount()).isZero();
    }

    @Test
    void aCompanyTheRegisterSaysCeasedIsHeldUnderReview() {
        String siren = SampleReferences.siren();
        fakes.register.closed(siren, "ANCIENNE IMPRIMERIE");

        var written = write(fakes.vendor.knownProvider(), "x@ancienne-imprimerie.fr", "Ancienne Imprimerie", siren);

        assertThat(written.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(written.verification().check()).isEqualTo(ClientCheck.COMPANY_CEASED);
    }

    @Test
    void aCompanyNameOtherThanTheRegistersIsHeldUnderReview() {
        String siren = company("Transports Lefebvre");

        var written = write(fakes.vendor.knownProvider(), "x@lefebvre.fr", "Cabinet Rossi", siren);

        assertThat(written.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(written.verification().check()).isEqualTo(ClientCheck.NAME_MISMATCH);
    }

    @Test
    void anAuthorWhoSignedInFromTheProvidersDeviceIsHeldAsLinkedAndDoesNotCount() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        String siren = company("Atelier Dubois");
        var puppet = TestIssuer.shared().account("SME", "x@atelier-dubois.fr");
        fakes.identity.sameDevice(UUID.fromString(puppet.id()), owner);

        ReferenceResponse written;
        try (var ignored = BearerToken.as(puppet)) {
            written = references
                    .create(
                            provider,
                            null,
                            SampleReferences.from("Atelier Dubois", siren, 5, SampleReferences.uniqueText()))
                    .body();
        }

        assertThat(written.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(written.underReview().reasons())
                .extracting(ReferenceResponse.Reason::kind)
                .containsExactly("LINKED_ACCOUNTS");
        assertThat(written.verification().check()).isEqualTo(ClientCheck.LINKED);
        var shown = reputation.reputation(provider);
        assertThat(shown.referenceCount()).isZero();
        assertThat(shown.underReviewCount()).isEqualTo(1);
    }

    @Test
    void anAuthorWhoseDomainWasTheProvidersWebsiteWithin90DaysIsHeldAsLinked() {
        String domain = uniq() + ".fr";
        UUID provider = fakes.vendor.provider(UUID.randomUUID(), "https://www.nouveau-" + domain);
        fakes.vendor.websiteChanged(provider, domain, Instant.now().minus(20, ChronoUnit.DAYS), "nouveau-" + domain);

        var written = write(provider, "ancien@" + domain, "Client " + uniq(), null);

        assertThat(written.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
        assertThat(written.underReview().reasons())
                .extracting(ReferenceResponse.Reason::kind)
                .containsExactly("LINKED_ACCOUNTS");
    }

    @Test
    void aReferenceWrittenMinutesAfterTheProviderChangedItsWebsiteIsHeldAsLinked() {
        UUID provider = fakes.vendor.provider(UUID.randomUUID(), "https://www.apres-" + uniq() + ".fr");
        fakes.vendor.websiteChanged(
                provider, "avant-" + uniq() + ".fr", Instant.now().minus(5, ChronoUnit.MINUTES), "apres.fr");

        var written = write(provider, "x@" + uniq() + ".fr", "Client " + uniq(), null);

        assertThat(written.status()).isEqualTo(ReferenceStatus.UNDER_REVIEW);
    }

    @Test
    void theProvidersOwnDomainRuleComparesRegistrableDomains() {
        String domain = uniq() + ".fr";
        UUID provider = fakes.vendor.provider(UUID.randomUUID(), "https://www." + domain);
        var insider = TestIssuer.shared().account("SME", "x@mail." + domain);

        try (var ignored = BearerToken.as(insider)) {
            assertThatThrownBy(() -> references.create(
                            provider, null, SampleReferences.request(5, SampleReferences.uniqueText())))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "author"));
        }
    }

    @Test
    void aProviderHostedUnderAFreeMailDomainDoesNotBlockThatMailProvidersClients() {
        UUID provider = fakes.vendor.provider(UUID.randomUUID(), "http://monsite.wanadoo.fr");

        var written = write(provider, uniq() + "@wanadoo.fr", "Client " + uniq(), null);

        assertThat(written.status()).isEqualTo(ReferenceStatus.PUBLISHED);
    }

    private ReferenceResponse write(UUID provider, String email, String company, String siren) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME", email))) {
            return references
                    .create(provider, null, SampleReferences.from(company, siren, 4, SampleReferences.uniqueText()))
                    .body();
        }
    }

    private String company(String name) {
        String siren = SampleReferences.siren();
        fakes.register.active(siren, name.toUpperCase(Locale.ROOT));
        return siren;
    }

    private static String uniq() {
        return "c" + UUID.randomUUID().toString().substring(0, 8);
    }
}
