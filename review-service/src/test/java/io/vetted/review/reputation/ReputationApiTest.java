package io.vetted.review.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A provider's reputation is recomputed from its references on every change and pushed with the full snapshot. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReputationApiTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReputationClient reputation;

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Test
    void aggregatesCountsCriteriaSharesAndTheDistribution() {
        UUID provider = vendor.knownProvider();
        write(provider, 5, Map.of("OBJECTIVES", 5, "BILLING", 4), true, false);
        write(provider, 4, Map.of("OBJECTIVES", 3), true, false);
        write(provider, 2, Map.of("OBJECTIVES", 1, "BILLING", 1), false, true);

        ReputationView view = reputation.reputation(provider);

        assertThat(view.referenceCount()).isEqualTo(3);
        assertThat(view.averageRating()).isEqualByComparingTo("3.67");
        assertThat(view.criteria())
                .containsEntry("OBJECTIVES", new BigDecimal("3.00"))
                .containsEntry("BILLING", new BigDecimal("2.50"));
        assertThat(view.recommendShare()).isEqualByComparingTo("0.67");
        assertThat(view.priceIncreaseShare()).isEqualByComparingTo("0.33");
        assertThat(view.distribution()).containsExactly(0, 1, 0, 1, 1);
        assertThat(view.labels()).containsEntry("NOT_VERIFIED", 3);
        assertThat(view.bayesianRating()).isBetween(new BigDecimal("3.50"), new BigDecimal("3.67"));
    }

    @Test
    void pushesTheContractSnapshotWithEveryChange() {
        UUID provider = vendor.knownProvider();
        write(provider, 5, Map.of("DATA_SECURITY", 5), true, false);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> !vendor.pushesFor(provider).isEmpty());
        assertThat(vendor.pushesFor(provider).get(0).body())
                .contains(
                        "\"sourceVersion\":1",
                        "\"referenceCount\":1",
                        "\"independentReferenceCount\":0",
                        "\"averageRating\":5.00",
                        "\"bayesianRating\":",
                        "\"recommendShare\":1.00",
                        "\"criteria\":{\"DATA_SECURITY\":5.00}");
    }

    @Test
    void aWithdrawalBackToNoReferenceSendsNoAverage() {
        UUID provider = vendor.knownProvider();
        var author = TestIssuer.shared().account("SME");
        ReferenceResponse written;
        try (var ignored = BearerToken.as(author)) {
            written = references
                    .create(provider, null, SampleReferences.request(3, "Je retirerai cet avis."))
                    .body();
            references.withdraw(written.id());
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> vendor.pushesFor(provider).stream()
                        .anyMatch(p -> p.body().contains("\"sourceVersion\":2")));
        String last = vendor.pushesFor(provider).stream()
                .filter(p -> p.body().contains("\"sourceVersion\":2"))
                .findFirst()
                .orElseThrow()
                .body();
        assertThat(last).contains("\"referenceCount\":0").doesNotContain("averageRating\":3", "bayesianRating\":3");
        assertThat(reputation.reputation(provider).averageRating()).isNull();
    }

    private void write(
            UUID provider, int rating, Map<String, Integer> criteria, boolean recommend, boolean priceIncrease) {
        var sample = SampleReferences.request(
                "Société " + UUID.randomUUID().toString().substring(0, 6),
                rating,
                criteria,
                "Notre retour après un an de contrat.",
                null);
        var author = TestIssuer.shared().account("SME");
        try {
            SampleReferences.knownToVetted(dataSource, author.id());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (var ignored = BearerToken.as(author)) {
            references.create(
                    provider,
                    null,
                    new ReferenceRequest(
                            sample.company(),
                            sample.engagement(),
                            rating,
                            criteria,
                            recommend,
                            SampleReferences.facts(priceIncrease),
                            sample.comment(),
                            false,
                            null,
                            null));
        }
    }
}
