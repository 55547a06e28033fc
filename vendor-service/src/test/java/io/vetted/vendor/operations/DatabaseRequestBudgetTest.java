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
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A request's statements are bounded by a budget (the slow-db drill saw a read take 14.5 s
 * while vendor-service's network to PostgreSQL was slow): past the budget, its statement is
 * cancelled and it answers 503 with Retry-After, letting its connection go. Here a lock the test
 * holds stands for the slow database; the budget is 1 s.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRequestBudgetTest implements PostgresTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("vetted.outbox.relay.enabled", "false", "vetted.database.request-budget", "1s");
    }

    @Test
    void answers503WithRetryAfterWhenTheRequestOutlastsItsDatabaseBudget() throws Exception {
        HttpResponse<String> answer;
        try (Connection locker = pool().getConnection()) {
            lockProviders(locker);
            // the lock is held until the answer comes: without a budget the request would wait for it
            answer = providerPage().get(15, TimeUnit.SECONDS);
            locker.rollback();
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(answer.body()).doesNotContain("SQL", "cancel", "statement");
        assertThat(meters.counter("vetted.database.unavailable", "reason", "budget_spent")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aRequestWithinItsBudgetIsAnsweredAsUsual() throws Exception {
        assertThat(providerPage().get().statusCode()).isEqualTo(404);
    }

    @Test
    void workOutsideARequestIsNotBounded() throws Exception {
        try (Connection locker = pool().getConnection();
                Connection job = pool().getConnection()) {
            lockProviders(locker);
            CompletableFuture<Long> count = CompletableFuture.supplyAsync(() -> countProviders(job));
            Thread.sleep(1_500); // longer than a request's budget
            locker.rollback();

            assertThat(count.get(15, TimeUnit.SECONDS)).isZero();
        }
    }

    private DataSource pool() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    private static void lockProviders(Connection locker) throws Exception {
        locker.setAutoCommit(false);
        locker.createStatement().execute("LOCK TABLE provider IN ACCESS EXCLUSIVE MODE");
    }

    private static long countProviders(Connection job) {
        try (ResultSet rows = job.createStatement().executeQuery("SELECT count(*) FROM provider")) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<HttpResponse<String>> providerPage() {
        return http.sendAsync(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + server.getPort() + "/api/providers/" + UUID.randomUUID()))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
