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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The slow-db drill saw every request to a slow database take its whole budget (about 6 s) before
 * its 503: once requests keep failing so, the service answers 503 at once, and a probe request
 * closes the breaker again when the database is back. A lock the test holds stands for the slow
 * database; the budget is 1 s, two failures within 2 s open the breaker for 1 s. Only answers that
 * ran a statement count as the database working.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseBreakerTest implements PostgresTest {

    /** Long enough for the other test's answers, and the catalogue's first read, to leave the window. */
    private static final long WINDOW_MILLIS = 2_100;

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of(
                "vetted.outbox.relay.enabled", "false",
                "vetted.database.request-budget", "1s",
                "vetted.database.breaker.failures", "2",
                "vetted.database.breaker.window", "2s",
                "vetted.database.breaker.open", "1s");
    }

    @Test
    void answers503AtOnceWhileTheDatabaseKeepsFailingAndRecoversThroughAProbe() throws Exception {
        double spent = unavailable("budget_spent");
        double refusedAtOnce = unavailable("breaker_open");
        Thread.sleep(WINDOW_MILLIS);

        HttpResponse<String> refused = thirdRequestToASlowDatabase(0);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unavailable("budget_spent") - spent).isEqualTo(2);
        assertThat(unavailable("breaker_open") - refusedAtOnce).isEqualTo(1);

        Thread.sleep(1_100); // the open period
        assertThat(status("/api/providers")).as("a search, the probe").isEqualTo(200);
        assertThat(providerPage().get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
        assertThat(status("/api/providers")).isEqualTo(200);
        assertThat(unavailable("breaker_open") - refusedAtOnce).isEqualTo(1);
    }

    @Test
    void answersServedFromMemoryDoNotOutvoteTheDatabaseFailing() throws Exception {
        assertThat(status("/api/catalog")).as("the areas, read once").isEqualTo(200);
        double refusedAtOnce = unavailable("breaker_open");
        Thread.sleep(WINDOW_MILLIS);

        HttpResponse<String> refused = thirdRequestToASlowDatabase(5);

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(unavailable("breaker_open") - refusedAtOnce)
                .as("five catalogues from memory are no evidence that the database works")
                .isEqualTo(1);

        Thread.sleep(1_100);
        assertThat(status("/api/catalog"))
                .as("a probe that never reaches the database")
                .isEqualTo(200);
        assertThat(status("/api/providers"))
                .as("the next request probes instead")
                .isEqualTo(200);
        assertThat(unavailable("breaker_open") - refusedAtOnce).isEqualTo(1);
    }

    /** Two requests spend their budget on a locked table, then a third goes: what it is answered. */
    private HttpResponse<String> thirdRequestToASlowDatabase(int catalogues) throws Exception {
        try (Connection locker = pool().getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE provider IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < catalogues; i++) {
                assertThat(status("/api/catalog")).isEqualTo(200);
            }
            List<CompletableFuture<HttpResponse<String>>> slow = List.of(providerPage(), providerPage());
            for (CompletableFuture<HttpResponse<String>> answer : slow) {
                assertThat(answer.get(15, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
            }
            // the lock is still held: without the breaker this request would wait out its budget
            HttpResponse<String> third = providerPage().get(15, TimeUnit.SECONDS);
            locker.rollback();
            return third;
        }
    }

    private int status(String path) throws Exception {
        return get(path).get(15, TimeUnit.SECONDS).statusCode();
    }

    private double unavailable(String reason) {
        return meters.counter("vetted.database.unavailable", "reason", reason).count();
    }

    private DataSource pool() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    private CompletableFuture<HttpResponse<String>> providerPage() {
        return get("/api/providers/" + UUID.randomUUID());
    }

    private CompletableFuture<HttpResponse<String>> get(String path) {
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
