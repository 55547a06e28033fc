package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.verification.InvitationRequest;
import io.vetted.review.verification.VerificationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Disputes are fair both ways: a rejected one reopens once, with new evidence; an edit reopens the right. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputeRulesApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ModerationClient moderation;

    @Inject
    VerificationClient verification;

    @Test
    void aRejectedDisputeReopensOnlyWithNewEvidenceWith422Otherwise() {
        UUID owner = UUID.randomUUID();
        var reference = write(fakes.vendor.provider(owner, null));
        rejected(owner, reference, "Nous ne connaissons pas ce client");

        try (var ignored = provider(owner)) {
            assertThatThrownBy(() -> moderation.dispute(
                            reference.id(), new ModerationRequests.DisputeRequest("Toujours inconnu")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "newEvidence"));
            var reopened = moderation
                    .dispute(
                            reference.id(),
                            new ModerationRequests.DisputeRequest(
                                    "Toujours inconnu", "Export de notre CRM : aucun client à ce nom depuis 2019"))
                    .body();
            assertThat(reopened.reopens()).isNotNull();
        }
    }

    @Test
    void aRejectedDisputeReopensAtMostOnceWith422() {
        UUID owner = UUID.randomUUID();
        var reference = write(fakes.vendor.provider(owner, null));
        rejected(owner, reference, "Inconnu");
        UUID reopened;
        try (var ignored = provider(owner)) {
            reopened = moderation
                    .dispute(reference.id(), new ModerationRequests.DisputeRequest("Inconnu", "Registre des contrats"))
                    .body()
                    .id();
        }
        decide(reopened, DisputeOutcome.REJECTED);

        try (var ignored = provider(owner)) {
            assertThatThrownBy(() -> moderation.dispute(
                            reference.id(), new ModerationRequests.DisputeRequest("Inconnu", "Encore une pièce")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "referenceId"));
        }
    }

    @Test
    void anInvitedReferenceBecomesDisputableOnceItsAuthorChangesItSubstantively() {
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var author = TestIssuer.shared().account("SME");
        String token;
        try (var ignored = provider(owner)) {
            token = verification
                    .invite(provider, new InvitationRequest(SampleReferences.email(author.token())))
                    .body()
                    .token();
        }
        ReferenceResponse written;
        try (var ignored = BearerToken.as(author)) {
            var sample = SampleReferences.from("Client " + UUID.randomUUID(), null, 5, SampleReferences.uniqueText());
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
        try (var ignored = provider(owner)) {
            assertThatThrownBy(() -> moderation.dispute(written.id(), new ModerationRequests.DisputeRequest("Faux")))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "referenceId"));
        }
        try (var ignored = BearerToken.as(author)) {
            var e = written.engagement();
            references.edit(
                    written.id(),
                    new ReferenceRequest(
                            new ReferenceRequest.CompanyPart(written.companyName(), null),
                            new ReferenceRequest.EngagementPart(
                                    e.services(), e.mode(), e.start(), e.end(), e.monthlyCostBand(), e.teamSize()),
                            1,
                            Map.of("OBJECTIVES", 1),
                            false,
                            SampleReferences.facts(false),
                            written.comment(),
                            true,
                            null,
                            written.version()));
        }

        try (var ignored = provider(owner)) {
            assertThat(moderation
                            .dispute(
                                    written.id(),
                                    new ModerationRequests.DisputeRequest("Ce n'est plus la même mission"))
                            .code())
                    .isEqualTo(201);
        }
    }

    private void rejected(UUID owner, ReferenceResponse reference, String details) {
        UUID dispute;
        try (var ignored = provider(owner)) {
            dispute = moderation
                    .dispute(reference.id(), new ModerationRequests.DisputeRequest(details))
                    .body()
                    .id();
        }
        decide(dispute, DisputeOutcome.REJECTED);
    }

    private void decide(UUID dispute, DisputeOutcome outcome) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.decide(
                    dispute, new ModerationRequests.DecisionRequest(outcome, "Mission attestée par une facture"));
        }
    }

    private ReferenceResponse write(UUID provider) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID(), null, 2, SampleReferences.uniqueText()))
                    .body();
        }
    }

    private static io.micronaut.core.propagation.PropagatedContext.Scope provider(UUID owner) {
        return BearerToken.as(TestIssuer.shared().token(owner.toString(), "PROVIDER"));
    }
}
