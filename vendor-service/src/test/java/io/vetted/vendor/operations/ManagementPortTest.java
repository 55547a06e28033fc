package io.vetted.vendor.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Health, metrics and the API document answer on the management port only (MANAGEMENT_PORT), and
 * the metrics show what a fault looks like: the database pool, calls that timed out, parked events.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortTest implements PostgresTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    @Value("${endpoints.all.port}")
    int managementPort;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("vetted.outbox.metrics.max-age", "0s", "vetted.outbox.relay.enabled", "false");
    }

    @Test
    void answersHealthMetricsAndTheApiDocumentOnTheManagementPortOnly() throws Exception {
        for (String path : List.of("/health", "/health/readiness", "/prometheus", "/swagger-ui/index.html")) {
            assertThat(get(managementPort, path).statusCode())
                    .as("management port %s", path)
                    .isEqualTo(200);
            assertThat(get(server.getPort(), path).statusCode())
                    .as("public port %s", path)
                    .isEqualTo(404);
        }
    }

    @Test
    void servesTheApiOnThePublicPortOnly() throws Exception {
        assertThat(get(server.getPort(), "/api/catalog").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/api/catalog").statusCode()).isEqualTo(404);
    }

    @Test
    void exportsThePoolsWaitsAndTimeoutsAndTheCallsThatTimedOut() throws Exception {
        String metrics = get(managementPort, "/prometheus").body();

        assertThat(metrics)
                .contains("hikaricp_connections_pending{")
                .contains("hikaricp_connections_timeout_total{")
                .contains("hikaricp_connections_active{")
                .contains("vetted_http_client_timeouts_total{service=\"buyer\"} 0.0");
    }

    @Test
    void countsTheOutboxEventsParkedForGood() throws Exception {
        park(2);

        assertThat(get(managementPort, "/prometheus").body())
                .containsPattern("(?m)^vetted_outbox_parked_events 2\\.0$");
    }

    private void park(int events) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM outbox_event");
            for (int i = 0; i < events; i++) {
                statement.executeUpdate("INSERT INTO outbox_event (aggregate_id, event_type, payload, "
                        + "failed_permanently_at) VALUES (gen_random_uuid(), 'test', '{}', now())");
            }
            statement.executeUpdate("INSERT INTO outbox_event (aggregate_id, event_type, payload) "
                    + "VALUES (gen_random_uuid(), 'test', '{}')");
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
