package io.vetted.review.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceStatus;
import io.vetted.review.reputation.ReputationClient;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.Problems;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The moderation queue keeps up: pages, risk first, filters, counts, bulk decisions, metrics. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationQueueApiTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    ReferenceClient references;

    @Inject
    ModerationClient moderation;

    @Inject
    ReputationClient reputation;

    /** Metrics answer on the management port only. */
    @Inject
    @Client("http://localhost:${endpoints.all.port}")
    HttpClient management;

    @Test
    void aFloodOfLowRiskFlagsNeverHidesAHighRiskOne() {
        UUID flooded = fakes.vendor.knownProvider();
        for (int i = 0; i < 8; i++) {
            write(TestIssuer.shared().account("SME"), flooded, null);
        }
        UUID owner = UUID.randomUUID();
        UUID provider = fakes.vendor.provider(owner, null);
        var puppet = TestIssuer.shared().account("SME");
        fakes.identity.sameDevice(UUID.fromString(puppet.id()), owner);
        var linked = write(puppet, provider, null);

        try (var ignored = moderator()) {
            var page = moderation.cases(0, 3, null, null, null);

            assertThat(page.items().get(0).reference().id()).isEqualTo(linked.id());
            assertThat(page.items()).hasSize(3);
            assertThat(page.total()).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void pagesThroughEveryCaseWithoutRepeatingOne() {
        UUID provider = fakes.vendor.knownProvider();
        for (int i = 0; i < 5; i++) {
            write(TestIssuer.shared().account("SME"), provider, null);
        }
        try (var ignored = moderator()) {
            List<UUID> seen = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                moderation
                        .cases(page, 2, QueueSort.AGE, null, provider)
                        .items()
                        .forEach(i -> seen.add(i.reference().id()));
            }

            assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        }
    }

    @Test
    void filtersByKindAndByProviderAndCountsWhatWaits() {
        UUID provider = fakes.vendor.knownProvider();
        var held = write(TestIssuer.shared().account("SME", "x@ailleurs.fr"), provider, SampleReferences.siren());

        try (var ignored = moderator()) {
            var page = moderation.cases(0, 20, QueueSort.AGE, CaseKind.COMPANY_MISMATCH, provider);

            assertThat(page.items()).singleElement().satisfies(i -> {
                assertThat(i.reference().id()).isEqualTo(held.id());
                assertThat(i.kinds()).containsExactly(CaseKind.COMPANY_MISMATCH);
                assertThat(i.risk()).isEqualTo(CaseKind.COMPANY_MISMATCH.risk());
            });
            assertThat(page.counts().waiting()).isEqualTo(1);
            assertThat(page.counts().oldestWaitingSince()).isNotNull();
            assertThat(page.counts().byKind()).containsEntry(CaseKind.COMPANY_MISMATCH, 1L);
            assertThat(moderation.cases(0, 20, null, CaseKind.BURST, provider).items())
                    .isEmpty();
        }
    }

    @Test
    void oneDecisionWithOneReasonClearsAProvidersEntriesAndMovesItsRatingOnce() {
        UUID provider = fakes.vendor.knownProvider();
        List<ReferenceResponse> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            held.add(write(TestIssuer.shared().account("SME"), provider, null));
        }
        long before = reputation.reputation(provider).version();

        try (var ignored = moderator()) {
            var result = moderation.bulk(
                    provider,
                    new ModerationRequests.BulkDecision(
                            ModerationRequests.BulkAction.CLEAR, "Clients contactés par téléphone", null));
            assertThat(result.decided()).isEqualTo(4);
            assertThat(moderation.cases(0, 20, null, null, provider).items()).isEmpty();
        }

        var after = reputation.reputation(provider);
        assertThat(after.referenceCount()).isEqualTo(4);
        assertThat(after.version()).isEqualTo(before + 1);
        assertThat(held)
                .allSatisfy(r -> assertThat(references.get(r.id()).status()).isEqualTo(ReferenceStatus.PUBLISHED));
    }

    @Test
    void aBulkDecisionOnAnotherProvidersEntryIsRefusedWith422() {
        UUID provider = fakes.vendor.knownProvider();
        UUID other = fakes.vendor.knownProvider();
        var elsewhere = write(TestIssuer.shared().account("SME", "x@autre.fr"), other, SampleReferences.siren());

        try (var ignored = moderator()) {
            assertThatThrownBy(() -> moderation.bulk(
                            provider,
                            new ModerationRequests.BulkDecision(
                                    ModerationRequests.BulkAction.HIDE, "Faux avis", List.of(elsewhere.id()))))
                    .satisfies(e -> Problems.assertViolation(e, HttpStatus.UNPROCESSABLE_ENTITY, "referenceIds"));
        }
    }

    @Test
    void exportsQueueSizeOldestAgeAndDecisionsAsMetrics() {
        write(
                TestIssuer.shared().account("SME", "x@metrique.fr"),
                fakes.vendor.knownProvider(),
                SampleReferences.siren());

        String metrics = management.toBlocking().retrieve("/prometheus");

        assertThat(metrics)
                .contains("vetted_moderation_queue_size ")
                .contains("vetted_moderation_queue_oldest_age_seconds ")
                .contains("vetted_moderation_decisions_last_day ");
    }

    private ReferenceResponse write(TestIssuer.TestAccount author, UUID provider, String siren) {
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            SampleReferences.from(
                                    "Client " + UUID.randomUUID().toString().substring(0, 6),
                                    siren,
                                    2,
                                    SampleReferences.uniqueText()))
                    .body();
        }
    }

    private static io.micronaut.core.propagation.PropagatedContext.Scope moderator() {
        return BearerToken.as(TestIssuer.shared().account("MODERATOR"));
    }
}
