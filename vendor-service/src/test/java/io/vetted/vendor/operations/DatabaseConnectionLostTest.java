package io.vetted.vendor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A request whose database connection dies under it (a network cut, PostgreSQL stopped or
 * restarted) answers 503 with Retry-After, as when no connection came in time: the database is
 * unavailable, not the request wrong, and clients retry. Here the backend running the request's
 * query is terminated while the query waits on a lock the test holds.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseConnectionLostTest implements PostgresTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("vetted.outbox.relay.enabled", "false");
    }

    @Test
    void answers503WithRetryAfterWhenTheConnectionIsLostMidRequest() throws Exception {
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        HttpResponse<String> answer;
        try (Connection locker = pool.getConnection();
                Connection killer = pool.getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE provider IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<HttpResponse<String>> pending = http.sendAsync(
                    HttpRequest.newBuilder(URI.create(
                                    "http://localhost:" + server.getPort() + "/api/providers/" + UUID.randomUUID()))
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            terminateTheWaitingBackend(killer);
            answer = pending.get();
            locker.rollback();
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(answer.body()).doesNotContain("SQL", "terminat", "connection");
        assertThat(meters.counter("vetted.database.unavailable", "reason", "connection_lost")
                        .count())
                .isEqualTo(1);
    }

    private static void terminateTheWaitingBackend(Connection killer) throws Exception {
        for (int tries = 0; tries < 200; tries++) {
            try (var rows = killer.createStatement().executeQuery("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%provider%'""")) {
                if (rows.next()) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the request never waited on the lock");
    }
}
