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
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReputationDeliveryTest implements ReviewTest {

    private final FakeVendorService vendor = fakes().vendor;

    @Inject
    ReferenceClient references;

    @Inject
    DataSource dataSource;

    @Test
    void pushesTheNewAverageToVendorServiceAsTheReviewService() {
        UUID provider = vendor.knownProvider();
        postReference(provider, 5);
        postReference(provider, 4);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> vendor.pushesFor(provider).stream()
                        .anyMatch(p -> p.body().contains("\"sourceVersion\":2")));
        var latest = vendor.pushesFor(provider).stream()
                .filter(p -> p.body().contains("\"sourceVersion\":2"))
                .findFirst()
                .orElseThrow();
        assertThat(latest.body()).contains("\"averageRating\":4.50", "\"referenceCount\":2");
        assertThat(latest.authorization()).startsWith("Bearer ");
    }

    @Test
    void keepsRetryingWhileVendorServiceFailsAndThenDelivers() throws SQLException {
        UUID provider = vendor.knownProvider();
        vendor.failNext(3);
        postReference(provider, 3);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !vendor.pushesFor(provider).isEmpty());
        await().atMost(Duration.ofSeconds(5)).until(() -> pendingEvents(provider) == 0);
        assertThat(vendor.pushesFor(provider))
                .singleElement()
                .satisfies(p -> assertThat(p.body()).contains("\"sourceVersion\":1"));
    }

    @Test
    void deliversWhatWasWrittenWhileVendorServiceWasDownOnceItIsBack() throws SQLException {
        UUID provider = vendor.knownProvider();
        postReference(provider, 2);
        vendor.stop();
        try {
            await().pollDelay(Duration.ofMillis(300))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> true);
            assertThat(pendingEvents(provider)).isLessThanOrEqualTo(1);
        } finally {
            vendor.restart();
        }
        await().atMost(Duration.ofSeconds(40)).until(() -> pendingEvents(provider) == 0);
        assertThat(vendor.pushesFor(provider))
                .extracting(FakeVendorService.Push::body)
                .anySatisfy(body -> assertThat(body).contains("\"averageRating\":2.00"));
    }

    @Test
    void logsAVendorOutageWhenItStartsAndWhenItEndsNotOncePerRetriedEvent() {
        vendor.failNext(10);
        try (RelayLog log = RelayLog.capture()) {
            for (int i = 0; i < 4; i++) {
                postReference(vendor.knownProvider(), 4);
            }
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> log.lines(ReputationSnapshot.EVENT_TYPE + " events is back") == 1);

            assertThat(log.lines(ReputationSnapshot.EVENT_TYPE + " events unreachable"))
                    .isEqualTo(1);
            assertThat(log.lines("not delivered")).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void theFirstDeliveryAfterAnOutageMakesTheOtherWaitingEventsDueAtOnce() throws SQLException {
        List<UUID> providers = List.of(vendor.knownProvider(), vendor.knownProvider(), vendor.knownProvider());
        vendor.failNext(1_000);
        try {
            providers.forEach(provider -> postReference(provider, 4));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> providers.stream().allMatch(provider -> attempts(provider) >= 1));
            // as if they had sat out a long outage: two wait an hour, one is due
            execute(
                    "UPDATE outbox_event SET next_attempt_at = now() + interval '1 hour' WHERE aggregate_id IN (?, ?)",
                    providers.get(1),
                    providers.get(2));
            execute("UPDATE outbox_event SET next_attempt_at = now() WHERE aggregate_id = ?", providers.get(0));
        } finally {
            vendor.failNext(0);
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> providers.stream()
                        .noneMatch(provider -> vendor.pushesFor(provider).isEmpty()));
    }

    private void postReference(UUID provider, int rating) {
        try (var ignored = BearerToken.as(TestIssuer.shared().account("SME"))) {
            references.create(provider, null, SampleReferences.request(rating, "Note attribuée : " + rating));
        }
    }

    private int attempts(UUID provider) {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(
                        "SELECT coalesce(max(attempts), 0) FROM outbox_event WHERE aggregate_id = ?")) {
            statement.setObject(1, provider);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, UUID... providers) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < providers.length; i++) {
                statement.setObject(i + 1, providers[i]);
            }
            statement.executeUpdate();
        }
    }

    private long pendingEvents(UUID provider) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var statement = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = ?")) {
            statement.setObject(1, provider);
            // a low rating also queues a watch event for buyer-service on the same provider
            statement.setString(2, ReputationSnapshot.EVENT_TYPE);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
