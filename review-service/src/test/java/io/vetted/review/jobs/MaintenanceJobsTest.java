package io.vetted.review.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.Fakes;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reference.ReferenceRequest;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reputation.ReputationClient;
import io.vetted.review.reputation.ReputationLedger;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Recency weights from the engagement's end (or first publication), recomputed daily on one
 * replica, so a dormant provider's score decays with nobody writing about it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaintenanceJobsTest implements ReviewTest {

    private final Fakes fakes = fakes();

    @Inject
    MaintenanceJobs maintenance;

    @Inject
    Jobs jobs;

    @Inject
    ReputationLedger ledger;

    @Inject
    ReferenceClient references;

    @Inject
    ReputationClient reputation;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> moreProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("vetted.jobs.enabled", "true");
        properties.put("vetted.jobs.poll-interval", "1h");
        return properties;
    }

    @Test
    void theDailyRecomputeDecaysADormantProvidersScoreAndPublishesIt() throws SQLException {
        UUID provider = fakes.vendor.knownProvider();
        var written = write(provider, 5, null);
        assertThat(reputation.reputation(provider).bayesianRating()).isEqualByComparingTo("3.75");

        // published two years ago, engagement still going on: weight 0.25, score (5 × 3.5 + 0.25 × 5) / 5.25
        SampleReferences.publishedAgo(dataSource, written.id(), 24);
        maintenance.refreshReputations();

        assertThat(reputation.reputation(provider).bayesianRating()).isEqualByComparingTo("3.57");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> fakes.vendor.pushesFor(provider).stream()
                        .anyMatch(p -> p.body().contains("\"bayesianRating\":3.57")));
    }

    @Test
    void recencyCountsFromTheEngagementsEndNotFromAnEdit() {
        UUID provider = fakes.vendor.knownProvider();
        LocalDate end = SampleReferences.today().minusYears(2);
        var author = TestIssuer.shared().account("SME");
        var written = write(provider, 5, end, author);
        var before = reputation.reputation(provider).bayesianRating();

        try (var ignored = BearerToken.as(author)) {
            var e = written.engagement();
            references.edit(
                    written.id(),
                    new ReferenceRequest(
                            new ReferenceRequest.CompanyPart(written.companyName(), null),
                            new ReferenceRequest.EngagementPart(
                                    e.services(), e.mode(), e.start(), e.end(), e.monthlyCostBand(), e.teamSize()),
                            5,
                            Map.of("OBJECTIVES", 5),
                            true,
                            SampleReferences.facts(false),
                            SampleReferences.uniqueText(),
                            true,
                            null,
                            written.version()));
        }

        assertThat(before).isEqualByComparingTo("3.57");
        assertThat(reputation.reputation(provider).bayesianRating()).isEqualByComparingTo(before);
    }

    @Test
    void aRecomputeThatChangesNoFigurePublishesNothing() {
        UUID provider = fakes.vendor.knownProvider();
        write(provider, 4, null);
        long version = reputation.reputation(provider).version();

        assertThat(ledger.refresh(provider)).isFalse();
        assertThat(reputation.reputation(provider).version()).isEqualTo(version);
    }

    @Test
    void aJobRunsOnOneReplicaPerPeriodHoweverManyAskAtOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> claim = () -> jobs.claim(job, Duration.ofHours(24));
            List<Future<Boolean>> answers = replicas.invokeAll(List.of(claim, claim, claim, claim));

            long winners = 0;
            for (Future<Boolean> answer : answers) {
                winners += answer.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(jobs.claim(job, Duration.ofHours(24))).isFalse();
        } finally {
            replicas.shutdownNow();
        }
    }

    private ReferenceResponse write(UUID provider, int rating, LocalDate end) {
        return write(provider, rating, end, TestIssuer.shared().account("SME"));
    }

    private ReferenceResponse write(UUID provider, int rating, LocalDate end, TestIssuer.TestAccount author) {
        var sample = SampleReferences.from("Client " + UUID.randomUUID(), null, rating, SampleReferences.uniqueText());
        try (var ignored = BearerToken.as(author)) {
            return references
                    .create(
                            provider,
                            null,
                            new ReferenceRequest(
                                    sample.company(),
                                    SampleReferences.engagement(
                                            end == null ? SampleReferences.start() : end.minusYears(1), end),
                                    rating,
                                    sample.criteria(),
                                    true,
                                    sample.facts(),
                                    sample.comment(),
                                    true,
                                    null,
                                    null))
                    .body();
        }
    }
}
