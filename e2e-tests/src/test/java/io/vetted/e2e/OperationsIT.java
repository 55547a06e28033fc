package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What operators rely on, on every service's management port: health, metrics (the database pool,
 * timed-out calls and parked outbox events among them), the API document and Swagger UI. The public
 * port hides them all (see also the management rows of {@code authorization-matrix.txt}).
 */
@OnPlatform
class OperationsIT {

    private static final Pattern SPEC = Pattern.compile("contextPath \\+ '(/swagger/[^']+\\.yml)'");
    private final HttpClient http = HttpClient.newHttpClient();
    private Platform platform;
    private Api api;

    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "vendor-service", "review-service", "buyer-service", "web-ui"})
    void reportsLivenessAndReadiness(String name) throws Exception {
        ServiceProcess service = service(name);
        assertThat(manage(service, "/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = manage(service, "/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        if (!name.equals("web-ui")) {
            assertThat(readiness.body()).contains("\"jdbc\"", "\"status\":\"UP\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "vendor-service", "review-service", "buyer-service", "web-ui"})
    void exposesPrometheusMetrics(String name) throws Exception {
        HttpResponse<String> metrics = manage(service(name), "/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("jvm_memory_used_bytes", "http_server_requests_seconds", "vetted_http_client_timeouts_total");
        if (!name.equals("web-ui")) {
            assertThat(metrics.body()).contains("hikaricp_connections_pending", "hikaricp_connections_timeout_total");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"vendor-service", "review-service"})
    void countsItsParkedOutboxEvents(String name) throws Exception {
        assertThat(manage(service(name), "/prometheus").body()).contains("vetted_outbox_parked_events ");
    }

    /** Nothing on the public port tells an attacker how a service is doing or what it runs. */
    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "vendor-service", "review-service", "buyer-service", "web-ui"})
    void hidesHealthMetricsAndTheApiDocumentFromThePublicPort(String name) throws Exception {
        ServiceProcess service = service(name);
        for (String path : List.of("/health", "/health/readiness", "/prometheus", "/swagger-ui/index.html")) {
            assertThat(manage(service, path).statusCode())
                    .as("%s%s on the management port", name, path)
                    .isEqualTo(200);
            assertThat(get(service, path).statusCode())
                    .as("%s%s on the public port", name, path)
                    .isEqualTo(404);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "vendor-service", "review-service", "buyer-service", "web-ui"})
    void servesItsOpenApiDocumentThroughSwaggerUi(String name) throws Exception {
        ServiceProcess service = service(name);
        HttpResponse<String> ui = manage(service, "/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
        Matcher spec = SPEC.matcher(ui.body());
        assertThat(spec.find()).as("the UI names its document").isTrue();

        HttpResponse<String> document = manage(service, spec.group(1));
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).startsWith("openapi: 3").contains("paths:");
    }

    /** Micronaut's other management endpoints are off, on both ports: a signed-in user once got 500 from each. */
    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "vendor-service", "review-service", "buyer-service", "web-ui"})
    void exposesNoOtherManagementEndpoint(String name) throws Exception {
        ServiceProcess service = service(name);
        String token = api.signUp("SME", "Exploitation " + name);
        for (String path : List.of("/beans", "/routes", "/threaddump", "/info", "/loggers", "/refresh", "/env")) {
            for (String url : List.of(service.url(), service.managementUrl())) {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(url + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("%s%s", url, path).isEqualTo(404);
            }
        }
    }

    private ServiceProcess service(String name) {
        return platform.all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(ServiceProcess service, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(service.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> manage(ServiceProcess service, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(service.managementUrl() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
