package io.vetted.vendor.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.ComplianceTopic;
import io.vetted.vendor.catalog.Specialty;
import io.vetted.vendor.provider.ProviderClient;
import io.vetted.vendor.provider.Providers;
import io.vetted.vendor.watch.WatchOutbox;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceApiTest implements PostgresTest {

    @Inject
    ComplianceClient compliance;

    @Inject
    ProviderClient providers;

    @Inject
    DataSource dataSource;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void withdrawingAVerifiedClaimQueuesOneWatchEventNamingIt() {
        var owned = provider();
        declare(owned, ComplianceTopic.ISO_27001, null, "Certificat AFNOR n° 2023/104");
        asModerator(() ->
                compliance.review(owned.id(), ComplianceTopic.ISO_27001, new ClaimReview(0L, ClaimStatus.VERIFIED)));

        try (var ignored = BearerToken.as(owned.owner())) {
            compliance.withdraw(owned.id(), ComplianceTopic.ISO_27001, 1L);
        }

        assertThat(WatchOutbox.events(dataSource, owned.id()))
                .singleElement()
                .satisfies(event ->
                        assertThat(event).contains("\"kind\": \"CLAIM_UNVERIFIED\"", "\"topic\": \"ISO_27001\""));
    }

    @Test
    void withdrawingASelfDeclaredClaimQueuesNoWatchEvent() {
        var owned = provider();
        declare(owned, ComplianceTopic.HDS, null, "https://esante.gouv.fr/hds/liste");

        try (var ignored = BearerToken.as(owned.owner())) {
            compliance.withdraw(owned.id(), ComplianceTopic.HDS, 0L);
        }

        assertThat(WatchOutbox.events(dataSource, owned.id())).isEmpty();
    }

    @Test
    void declaresAClaimWithItsEvidenceAsSelfDeclared() {
        var owned = provider();
        ClaimResponse claim = declare(owned, ComplianceTopic.HDS, null, "https://esante.gouv.fr/hds/liste");

        assertThat(claim.status()).isEqualTo(ClaimStatus.SELF_DECLARED);
        assertThat(claim.certification()).isTrue();
        assertThat(providers.get(owned.id()).compliance())
                .singleElement()
                .satisfies(c -> assertThat(c.evidence()).isEqualTo("https://esante.gouv.fr/hds/liste"));
    }

    @Test
    void letsOnlyAModeratorMarkAClaimVerified() {
        var owned = provider();
        declare(owned, ComplianceTopic.ISO_27001, null, "Certificat AFNOR n° 2023/104");

        try (var ignored = BearerToken.as(owned.owner())) {
            assertThatThrownBy(() -> compliance.review(
                            owned.id(), ComplianceTopic.ISO_27001, new ClaimReview(0L, ClaimStatus.VERIFIED)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
        assertThat(providers.get(owned.id()).compliance().get(0).status()).isEqualTo(ClaimStatus.SELF_DECLARED);

        ClaimResponse verified = asModerator(() ->
                compliance.review(owned.id(), ComplianceTopic.ISO_27001, new ClaimReview(0L, ClaimStatus.VERIFIED)));
        assertThat(verified.status()).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(verified.verifiedAt()).isNotNull();
    }

    @Test
    void needsANewCheckOnceTheEvidenceChanges() {
        var owned = provider();
        declare(owned, ComplianceTopic.LIABILITY_INSURANCE, null, "Attestation Hiscox 2025");
        asModerator(() -> compliance.review(
                owned.id(), ComplianceTopic.LIABILITY_INSURANCE, new ClaimReview(0L, ClaimStatus.VERIFIED)));

        ClaimResponse changed = declare(owned, ComplianceTopic.LIABILITY_INSURANCE, 1L, "Attestation Hiscox 2026");
        assertThat(changed.status()).isEqualTo(ClaimStatus.SELF_DECLARED);
        assertThat(changed.verifiedAt()).isNull();
    }

    @Test
    void queuesSelfDeclaredClaimsForModeratorsOnly() {
        var owned = provider();
        declare(owned, ComplianceTopic.GDPR_DPA, null, "https://exemple.fr/dpa.pdf");

        assertThat(asModerator(() -> compliance.pending(200))).anySatisfy(p -> {
            assertThat(p.providerId()).isEqualTo(owned.id());
            assertThat(p.claim().topic()).isEqualTo(ComplianceTopic.GDPR_DPA);
        });
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            assertThatThrownBy(() -> compliance.pending(50))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void withdrawsAClaim() {
        var owned = provider();
        ClaimResponse claim = declare(owned, ComplianceTopic.BACKUP, null, "Rapport de test de restauration, mars");

        try (var ignored = BearerToken.as(owned.owner())) {
            compliance.withdraw(owned.id(), ComplianceTopic.BACKUP, claim.version());
        }
        assertThat(providers.get(owned.id()).compliance()).isEmpty();
    }

    @Test
    void refusesADuplicateDeclarationWith409AndAnotherAccountWith403() {
        var owned = provider();
        declare(owned, ComplianceTopic.ENCRYPTION, null, "Politique de chiffrement v2");

        assertThatThrownBy(() -> declare(owned, ComplianceTopic.ENCRYPTION, null, "Autre"))
                .satisfies(e -> Problems.assertProblem(e, HttpStatus.CONFLICT));
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> compliance.declare(
                            owned.id(), ComplianceTopic.ENCRYPTION, new ClaimRequest(0L, "", "Faux")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void rejectsAnUnknownTopicAndMissingEvidenceWith400() {
        var owned = provider();

        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.PUT(
                                        "/api/providers/" + owned.id() + "/claims/ISO_99999", Map.of("evidence", "x"))
                                .bearerAuth(owned.owner().token())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "topic"));
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(
                                HttpRequest.PUT("/api/providers/" + owned.id() + "/claims/HDS", Map.of("evidence", " "))
                                        .bearerAuth(owned.owner().token())))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.BAD_REQUEST, "evidence"));
    }

    private ClaimResponse declare(Providers.Owned owned, ComplianceTopic topic, Long version, String evidence) {
        try (var ignored = BearerToken.as(owned.owner())) {
            return compliance.declare(owned.id(), topic, new ClaimRequest(version, "", evidence));
        }
    }

    private static <T> T asModerator(Supplier<T> call) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            return call.get();
        }
    }

    private Providers.Owned provider() {
        return Providers.published(
                providers, Providers.agency("Agence " + System.nanoTime(), "Lyon", Specialty.HELPDESK));
    }
}
