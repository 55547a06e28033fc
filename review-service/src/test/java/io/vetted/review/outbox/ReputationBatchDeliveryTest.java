package io.vetted.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.review.FakeVendorService;
import io.vetted.review.ReviewTest;
import io.vetted.review.SampleReferences;
import io.vetted.review.reference.ReferenceClient;
import io.vetted.review.reputation.ReputationSnapshot;
import io.vetted.testsupport.BearerToken;
import io.vetted.testsupport.TestIssuer;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReputationBatchDeliveryTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Test
    void aBacklogReachesVendorServiceInOneCallWithOnlyEachProvidersNewestSnapshot() throws SQLException {
        List<UUID> providers =
                IntStream.range(0, 5).mapToObj(i -> vendor.knownProvider()).toList();
        UUID busy = providers.get(0);
        vendor.failNext(100_000);
        try {
            providers.forEach(provider -> postReference(provider, 5));
            postReference(busy, 4);
            postReference(busy, 3);
            holdBackTheBacklog(7);
            vendor.failNext(0);
            int callsBefore = vendor.batchCalls();

            execute("UPDATE outbox_event SET next_attempt_at = now() WHERE event_type = '"
                    + ReputationSnapshot.EVENT_TYPE + "'");

            await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);
            assertThat(vendor.batchCalls() - callsBefore).isEqualTo(1);
            assertThat(providers)
                    .allSatisfy(p -> assertThat(vendor.pushesFor(p)).hasSize(1));
            assertThat(vendor.pushesFor(busy).get(0).body()).contains("\"sourceVersion\":3");
        } finally {
            vendor.failNext(0);
        }
    }

    @Test
    void aVendorServiceWithoutBatchesStillGetsEverySnapshotOneAtATime() throws SQLException {
        UUID provider = vendor.knownProvider();
        vendor.takesBatches(false);
        try {
            postReference(provider, 4);

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !vendor.pushesFor(provider).isEmpty());
            await().atMost(Duration.ofSeconds(5)).until(() -> pending() == 0);
            assertThat(count("SELECT count(*) FROM outbox_event WHERE failed_permanently_at IS NOT NULL"))
                    .isZero();
        } finally {
            vendor.takesBatches(true);
        }
    }

    /**
     * Puts every waiting snapshot an hour away, again until none is being delivered any more (a
     * delivery under way when the first update ran sets its own retry time when it fails).
     */
    private void holdBackTheBacklog(int events) throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> pending() == events);
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            execute("UPDATE outbox_event SET next_attempt_at = now() + interval '1 hour' WHERE event_type = '"
                    + ReputationSnapshot.EVENT_TYPE + "'");
            Thread.sleep(300);
            return count("SELECT count(*) FROM outbox_event WHERE next_attempt_at < now() + interval '30 minutes'"
                            + " OR locked_until > now()")
                    == 0;
        });
    }

    private long pending() throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE event_type = '" + ReputationSnapshot.EVENT_TYPE + "'");
    }

    private void postReference(UUID provider, int rating) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(provider, null, SampleReferences.request(rating, "Note attribuée : " + rating));
        }
    }

    private long count(String sql) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(sql);
                var rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
