package io.vetted.review.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.Label;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Invitations (single-use, expiring, bound to one email) and confirmed engagements label references. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationApiTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    VerificationClient verification;

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Test
    void aReferenceWrittenThroughAnInvitationIsLabelledInvitedByProvider() {
        UUID provider = vendor.knownProvider();
        var client = TestIssuer.shared().account("SME");
        String token = invite(provider, SampleReferences.email(client.token()));

        var written = write(client.token(), provider, token);

        // the provider's word, not a verification: the reference is still "not verified" by Vetted
        assertThat(written.labels()).containsExactly(Label.INVITED_BY_PROVIDER, Label.NOT_VERIFIED);
        assertThat(written.vouchers())
                .filteredOn(v -> v.label() == Label.INVITED_BY_PROVIDER)
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.vouchedBy()).isEqualTo(Label.Voucher.PROVIDER);
                    assertThat(v.independent()).isFalse();
                });
        try (var ignored = BearerToken.as(owner(provider))) {
            assertThat(verification.invitations(provider))
                    .singleElement()
                    .satisfies(i -> assertThat(i.status()).isEqualTo(InvitationStatus.USED));
        }
    }

    @Test
    void showsTheInvitedClientWhichProviderInvitedThemWithoutTheFullEmail() {
        UUID provider = vendor.knownProvider();
        String token = invite(provider, "directrice@cabinet-durand.fr");

        var preview = verification.preview(token);

        assertThat(preview.providerId()).isEqualTo(provider);
        assertThat(preview.emailHint()).isEqualTo("d•••@cabinet-durand.fr");
        assertThat(preview.status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void refusesAReusedInvitationWith422() {
        UUID provider = vendor.knownProvider();
        var client = TestIssuer.shared().account("SME");
        String token = invite(provider, SampleReferences.email(client.token()));
        write(client.token(), provider, token);

        var again = SampleReferences.request("Autre société", 4, Map.of(), "Deuxième passage par le lien.", token);
        assertThatThrownBy(() -> create(client.token(), provider, again))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "invitationToken"));
    }

    @Test
    void refusesAnInvitationSentToAnotherEmailWith422() {
        UUID provider = vendor.knownProvider();
        String token = invite(provider, "quelquun.dautre@exemple.fr");

        assertThatThrownBy(() -> write(TestIssuer.shared().account("SME").token(), provider, token))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "invitationToken"));
    }

    @Test
    void refusesAnExpiredInvitationWith422() throws SQLException {
        UUID provider = vendor.knownProvider();
        var client = TestIssuer.shared().account("SME");
        String token = invite(provider, SampleReferences.email(client.token()));
        expireInvitationsOf(provider);

        assertThatThrownBy(() -> write(client.token(), provider, token))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "invitationToken"));
    }

    @Test
    void refusesAnInvitationUsedOnAnotherProviderWith422() {
        var client = TestIssuer.shared().account("SME");
        String token = invite(vendor.knownProvider(), SampleReferences.email(client.token()));

        assertThatThrownBy(() -> write(client.token(), vendor.knownProvider(), token))
                .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "invitationToken"));
    }

    @Test
    void answers403WhenAProviderInvitesForSomeoneElsesProfile() {
        UUID provider = vendor.knownProvider();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> verification.invite(provider, new InvitationRequest("client@exemple.fr")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void theProviderConfirmsTheEngagementAndTheReferenceIsLabelledConfirmed() {
        UUID provider = vendor.knownProvider();
        var written = write(TestIssuer.shared().account("SME").token(), provider, null);
        try (var ignored = BearerToken.as(owner(provider))) {
            var confirmed = verification.confirm(written.id());

            assertThat(confirmed.labels()).containsExactly(Label.ENGAGEMENT_CONFIRMED, Label.NOT_VERIFIED);
        }
    }

    @Test
    void answers403WhenAnotherProviderConfirms() {
        var written = write(TestIssuer.shared().account("SME").token(), vendor.knownProvider(), null);
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> verification.confirm(written.id()))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    private String owner(UUID provider) {
        return TestIssuer.shared().token(vendor.owner(provider).toString(), "PROVIDER");
    }

    private String invite(UUID provider, String email) {
        try (var ignored = BearerToken.as(owner(provider))) {
            return verification
                    .invite(provider, new InvitationRequest(email))
                    .body()
                    .token();
        }
    }

    private ReferenceResponse write(String token, UUID provider, String invitationToken) {
        return create(
                token,
                provider,
                SampleReferences.request(
                        "Cabinet " + UUID.randomUUID().toString().substring(0, 6),
                        5,
                        Map.of("OBJECTIVES", 5),
                        "Invités à témoigner, avec plaisir.",
                        invitationToken));
    }

    private ReferenceResponse create(String token, UUID provider, ReferenceRequest request) {
        try (var ignored = BearerToken.as(token)) {
            return references.create(provider, null, request).body();
        }
    }

    private void expireInvitationsOf(UUID provider) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var update = connection.prepareStatement(
                        "UPDATE invitation SET expires_at = now() - interval '1 day' WHERE provider_id = ?")) {
            update.setObject(1, provider);
            update.executeUpdate();
        }
    }
}
