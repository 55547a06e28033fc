package io.vetted.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.support.outbox.OutboxMessage;
import io.vetted.support.outbox.OutboxStore;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxClaimTest implements PostgresTest {

    @Inject
    OutboxStore store;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("vetted.outbox.relay.enabled", "false");
    }

    @Test
    void concurrentRelaysClaimDisjointBatchesCoveringEveryEvent() throws Exception {
        insertEvents(120);
        int relays = 4;
        CyclicBarrier start = new CyclicBarrier(relays);
        ExecutorService pool = Executors.newFixedThreadPool(relays);
        List<Future<List<Long>>> claims = new ArrayList<>();
        for (int i = 0; i < relays; i++) {
            Callable<List<Long>> relay = () -> {
                start.await();
                List<Long> mine = new ArrayList<>();
                List<OutboxMessage> batch = store.claim(7, Duration.ofSeconds(30));
                while (!batch.isEmpty()) {
                    batch.forEach(m -> mine.add(m.id()));
                    batch = store.claim(7, Duration.ofSeconds(30));
                }
                return mine;
            };
            claims.add(pool.submit(relay));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> claim : claims) {
            all.addAll(claim.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(120).doesNotHaveDuplicates();
    }

    @Test
    void doesNotHandOutAnEventWhoseLeaseIsStillRunning() throws SQLException {
        insertEvents(1);
        List<OutboxMessage> first = store.claim(10, Duration.ofSeconds(30));

        assertThat(first).isNotEmpty();
        assertThat(store.claim(10, Duration.ofSeconds(30))).isEmpty();
        first.forEach(m -> store.delivered(m.id()));
    }

    @Test
    void waitsForTheBackOffBeforeRetrying() throws SQLException {
        insertEvents(1);
        OutboxMessage claimed = store.claim(10, Duration.ofSeconds(30)).get(0);
        store.retryLater(claimed.id(), Duration.ofMinutes(5), "vendor-service answered 503");

        assertThat(store.claim(10, Duration.ofSeconds(30))).isEmpty();
    }

    private void insertEvents(int count) throws SQLException {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (aggregate_id, event_type, payload) VALUES (?, 'Test', '{}'::jsonb)")) {
            for (int i = 0; i < count; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
