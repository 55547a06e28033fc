package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.Label;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceStatus;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reports and flags reach the moderators' queue; moderators hide with a public reason, restore, decide disputes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationApiTest implements ReviewTest {

    private static final String TEXT =
            "Prestataire remarquable, interventions rapides et facturation limpide chaque mois.";

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ModerationClient moderation;

    @Inject
    ReferenceClient references;

    @Test
    void aReportedReferenceAppearsInTheModeratorsQueueWithItsReason() {
        var written = write(vendor.knownProvider(), "Avis suspect, rédigé par un concurrent ?");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            moderation.report(
                    written.id(), new ModerationRequests.ReportRequest(ReportReason.FAKE, "Jamais travaillé avec eux"));
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(queue())
                    .filteredOn(i -> i.reference().id().equals(written.id()))
                    .singleElement()
                    .satisfies(i -> assertThat(i.reports())
                            .singleElement()
                            .satisfies(r -> assertThat(r.reason()).isEqualTo(ReportReason.FAKE)));
        }
    }

    @Test
    void serviceAccountsDoNotReportWith403() {
        var written = write(vendor.knownProvider(), "Avis que personne ne devrait signaler.");
        try (var ignored = BearerToken.as(TestIssuer.shared().token("service:vendor-service", "SERVICE"))) {
            assertThatThrownBy(() -> moderation.report(
                            written.id(), new ModerationRequests.ReportRequest(ReportReason.OTHER, null)))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void flagsANearlyIdenticalTextForModerators() {
        write(vendor.knownProvider(), TEXT);
        var copy = write(vendor.knownProvider(), TEXT + " Merci !");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(queue())
                    .filteredOn(i -> i.reference().id().equals(copy.id()))
                    .singleElement()
                    .satisfies(i -> assertThat(i.flags())
                            .extracting(ModerationResponses.FlagResponse::kind)
                            .contains(FlagKind.NEAR_DUPLICATE));
        }
    }

    @Test
    void flagsAReworkedCopyOnTheSameProvider() {
        UUID provider = vendor.knownProvider();
        write(provider, TEXT);
        var copy = write(provider, "Franchement : " + TEXT.toLowerCase(Locale.ROOT));
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(queue())
                    .filteredOn(i -> i.reference().id().equals(copy.id()))
                    .singleElement()
                    .satisfies(i -> assertThat(i.flags())
                            .extracting(ModerationResponses.FlagResponse::kind)
                            .contains(FlagKind.NEAR_DUPLICATE));
        }
    }

    @Test
    void doesNotFlagADifferentTextOnTheSameProvider() {
        UUID provider = vendor.knownProvider();
        write(provider, TEXT);
        var other = write(provider, "Migration de messagerie menée sans coupure, équipe disponible le samedi matin.");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(queue())
                    .filteredOn(i -> i.reference().id().equals(other.id()))
                    .allSatisfy(i -> assertThat(i.flags())
                            .extracting(ModerationResponses.FlagResponse::kind)
                            .doesNotContain(FlagKind.NEAR_DUPLICATE));
        }
    }

    @Test
    void flagsABurstOfReferencesFromNewAccountsOnOneProvider() {
        UUID provider = vendor.knownProvider();
        ReferenceResponse last = null;
        for (int i = 0; i < 5; i++) {
            last = write(provider, "Avis numéro " + i + " publié dans la même journée.");
        }
        UUID flagged = last.id();
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(queue())
                    .filteredOn(i -> i.reference().id().equals(flagged))
                    .singleElement()
                    .satisfies(i -> assertThat(i.flags())
                            .extracting(ModerationResponses.FlagResponse::kind)
                            .contains(FlagKind.BURST, FlagKind.NEW_ACCOUNTS));
        }
    }

    @Test
    void flagsAReferenceWrittenWhileTeamMembershipCouldNotBeChecked() {
        UUID provider = vendor.knownProvider();
        write(provider, "Écrite quand tout fonctionnait.");
        ReferenceResponse during;
        vendor.stop();
        try {
            during = write(provider, "Écrite pendant la panne de vendor-service.");
        } finally {
            vendor.restart();
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            assertThat(queue())
                    .filteredOn(i -> i.reference().id().equals(during.id()))
                    .singleElement()
                    .satisfies(i -> assertThat(i.flags())
                            .extracting(ModerationResponses.FlagResponse::kind)
                            .contains(FlagKind.MEMBERSHIP_UNCHECKED));
        }
    }

    @Test
    void aHiddenReferenceShowsOnlyTheModeratorsPublicReasonAndCanBeRestored() {
        UUID provider = vendor.knownProvider();
        var written = write(provider, "Contient le numéro personnel du technicien.");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.hide(written.id(), new ModerationRequests.HideRequest("Données personnelles d'un tiers"));
        }
        ReferenceResponse shown =
                references.list(provider, 0, 20, null, null, null, null).items().get(0);
        assertThat(shown.status()).isEqualTo(ReferenceStatus.HIDDEN);
        assertThat(shown.hiddenReason()).isEqualTo("Données personnelles d'un tiers");
        assertThat(shown.comment()).isNull();
        assertThat(shown.rating()).isNull();

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.restore(written.id());
        }
        assertThat(references.get(written.id()).comment()).isEqualTo("Contient le numéro personnel du technicien.");
    }

    @Test
    void onlyModeratorsHideWith403ForOthers() {
        var written = write(vendor.knownProvider(), "Une référence que le prestataire n'aime pas.");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> moderation.hide(written.id(), new ModerationRequests.HideRequest("Je n'aime pas")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void aDisputedReferenceIsLabelledUnderDisputeUntilAModeratorUpholdsIt() {
        UUID provider = vendor.knownProvider();
        var written = write(provider, "Un client que le prestataire ne connaît pas.");
        ModerationResponses.DisputeResponse dispute;
        try (var ignored =
                BearerToken.as(TestIssuer.shared().token(vendor.owner(provider).toString(), "PROVIDER"))) {
            dispute = moderation
                    .dispute(written.id(), new ModerationRequests.DisputeRequest("Aucun contrat avec cette société"))
                    .body();
        }
        assertThat(references.get(written.id()).labels()).contains(Label.UNDER_DISPUTE);

        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.decide(
                    dispute.id(),
                    new ModerationRequests.DecisionRequest(
                            DisputeOutcome.UPHELD, "Le prestataire a démontré que la mission n'a pas eu lieu"));
        }
        var after = references.get(written.id());
        assertThat(after.status()).isEqualTo(ReferenceStatus.HIDDEN);
        assertThat(after.hiddenReason()).contains("n'a pas eu lieu");
    }

    @Test
    void aRejectedDisputeRemovesTheLabel() {
        UUID provider = vendor.knownProvider();
        var written = write(provider, "Mission réelle, contestée à tort.");
        ModerationResponses.DisputeResponse dispute;
        try (var ignored =
                BearerToken.as(TestIssuer.shared().token(vendor.owner(provider).toString(), "PROVIDER"))) {
            dispute = moderation
                    .dispute(written.id(), new ModerationRequests.DisputeRequest("Inconnu"))
                    .body();
        }
        try (var ignored = BearerToken.as(TestIssuer.shared().account("MODERATOR"))) {
            moderation.decide(
                    dispute.id(), new ModerationRequests.DecisionRequest(DisputeOutcome.REJECTED, "Factures fournies"));
        }
        assertThat(references.get(written.id()).labels()).containsExactly(Label.NOT_VERIFIED);
    }

    @Test
    void anotherProviderCannotDisputeWith403() {
        var written = write(vendor.knownProvider(), "Référence sur un concurrent.");
        try (var ignored = BearerToken.as(TestIssuer.shared().account("PROVIDER"))) {
            assertThatThrownBy(() -> moderation.dispute(written.id(), new ModerationRequests.DisputeRequest("Faux")))
                    .satisfies(e -> Problems.assertProblem(e, HttpStatus.FORBIDDEN));
        }
    }

    /** The 100 longest-waiting cases, as moderators page through them. */
    private List<ModerationResponses.QueueItem> queue() {
        return moderation.cases(0, 100, QueueSort.AGE, null, null).items();
    }

    private ReferenceResponse write(UUID provider, String comment) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            return references
                    .create(provider, null, SampleReferences.request(4, comment))
                    .body();
        }
    }
}
