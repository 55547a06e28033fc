package io.vetted.vendor.operations;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A database that hands out no connection in time (here: a pool of two, both held busy; Flyway needs
 * two at start-up) answers 503 with Retry-After within the pool's connection timeout, rather than
 * letting requests pile up.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseBusyTest implements PostgresTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of(
                "datasources.default.maximum-pool-size", "2",
                "datasources.default.connection-timeout", "500",
                "vetted.outbox.relay.enabled", "false");
    }

    @Test
    void answers503WithRetryAfterWhileThePoolHasNoConnectionToGive() throws Exception {
        HttpResponse<String> answer;
        Duration took;
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        try (Connection one = pool.getConnection();
                Connection two = pool.getConnection()) {
            Instant start = Instant.now();
            answer = provider(UUID.randomUUID());
            took = Duration.between(start, Instant.now());
        }

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("SQL", "Hikari", "connection");
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void answersAsUsualOnceAConnectionIsFree() throws Exception {
        assertThat(provider(UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> provider(UUID id) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/api/providers/" + id))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
