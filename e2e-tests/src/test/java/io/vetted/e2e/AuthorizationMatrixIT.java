package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every HTTP endpoint of every service, as its OpenAPI document lists it (web-ui's pages and forms
 * included), called by every kind of caller with the fixture's real ids: each answer must be the
 * one declared in {@code authorization-matrix.txt}, and an endpoint nobody declared fails the test,
 * so a new endpoint cannot ship without a decision about who may call it. The failure message
 * prints the observed lines, ready to review and paste. The APIs are called with a bearer token,
 * web-ui as a browser would (see {@link SiteCalls}). The management endpoints (health, metrics, the
 * API document) are listed too, each service's public port must hide them from everyone: they answer
 * on the management port only (OperationsIT).
 */
@OnPlatform
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

    private static final Duration API_TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> MANAGEMENT_PATHS = List.of(
            "/health",
            "/health/liveness",
            "/health/readiness",
            "/prometheus",
            "/metrics",
            "/swagger-ui/index.html",
            "/routes",
            "/env");

    private final HttpClient http = HttpClient.newHttpClient();
    private MatrixFixture fixture;
    private Platform platform;
    private Api api;
    private SiteCalls site;

    @BeforeAll
    void start() {
        fixture = new MatrixFixture(platform, api);
        site = new SiteCalls(platform.address(platform.web));
    }

    /**
     * Reading never changes anything: every GET of every service, web-ui's pages included, called by
     * every kind of caller, leaves every stored row as it was. Runs first, on the untouched fixture.
     */
    @Test
    @Order(1)
    void noGetChangesWhatTheServicesStore() {
        List<AuthorizationMatrix.Endpoint> reads =
                endpoints().stream().filter(e -> e.method().equals("GET")).toList();
        Map<String, Set<String>> state = settledState();
        List<String> changes = new ArrayList<>();
        for (AuthorizationMatrix.Endpoint read : reads) {
            AuthorizationMatrix.CALLERS.forEach(caller -> call(read, fixture.token(caller)));
            Map<String, Set<String>> after = StoredState.of(platform);
            StoredState.changes(state, after).forEach(change -> changes.add(read.line(List.of()) + change));
            state = after;
        }

        assertThat(reads)
                .extracting(AuthorizationMatrix.Endpoint::service)
                .contains("identity", "vendor", "review", "web-ui");
        assertThat(changes).as("rows a GET changed").isEmpty();
    }

    @Test
    @Order(2)
    void everyEndpointAnswersEachCallerAsDeclared() {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        Set<AuthorizationMatrix.Endpoint> endpoints = endpoints();
        List<String> undeclared = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Endpoint endpoint : endpoints) {
            List<String> expected = matrix.expected(endpoint);
            List<String> observed = new ArrayList<>();
            boolean matches = true;
            for (int i = 0; i < AuthorizationMatrix.CALLERS.size(); i++) {
                AuthorizationMatrix.Answer answer = call(endpoint, fixture.token(AuthorizationMatrix.CALLERS.get(i)));
                observed.add(answer.describe());
                matches &= expected != null && AuthorizationMatrix.matches(expected.get(i), answer);
            }
            if (expected == null) {
                undeclared.add(endpoint.line(observed));
            } else if (!matches) {
                wrong.add(endpoint.line(expected) + "   but observed   " + String.join(" ", observed));
            }
        }
        Set<AuthorizationMatrix.Endpoint> gone = new TreeSet<>(matrix.declared());
        gone.removeAll(endpoints);

        assertThat(endpoints)
                .extracting(AuthorizationMatrix.Endpoint::service)
                .contains("identity", "vendor", "review", "web-ui");
        assertThat(undeclared)
                .as("endpoints without a declared expectation (observed answers shown)")
                .isEmpty();
        assertThat(wrong).as("endpoints answering otherwise than declared").isEmpty();
        assertThat(gone).as("declared endpoints that no longer exist").isEmpty();
    }

    /** Reads before writes, withdrawals and deletions last (see {@link AuthorizationMatrix.Endpoint#order}). */
    private Set<AuthorizationMatrix.Endpoint> endpoints() {
        Set<AuthorizationMatrix.Endpoint> endpoints = new TreeSet<>();
        platform.all().forEach(service -> {
            endpoints.addAll(OpenApiEndpoints.of(service));
            MANAGEMENT_PATHS.forEach(path ->
                    endpoints.add(new AuthorizationMatrix.Endpoint(OpenApiEndpoints.name(service), "GET", path)));
        });
        return endpoints;
    }

    /**
     * What the services store once the fixture's own after-effects (the outbox relay, queued mails)
     * are done: unchanged over 3 s, longer than the most
     * frequent job's period (identity-service's mail drain, every 2 s), so a mail queued by the
     * fixture cannot leave during the first GET and be blamed on it, as happened under load.
     */
    private Map<String, Set<String>> settledState() {
        AtomicReference<Map<String, Set<String>>> last = new AtomicReference<>(StoredState.of(platform));
        await().atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ofSeconds(3))
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> last.getAndSet(StoredState.of(platform)).equals(last.get()));
        return last.get();
    }

    private AuthorizationMatrix.Answer call(AuthorizationMatrix.Endpoint endpoint, String token) {
        String path = fixture.expand(endpoint.service(), endpoint.path());
        if (endpoint.service().equals("web-ui")) {
            return site.send(endpoint.method(), path, token);
        }
        ServiceProcess service = platform.all().stream()
                .filter(s -> OpenApiEndpoints.name(s).equals(endpoint.service()))
                .findFirst()
                .orElseThrow();
        URI uri = URI.create(service.url() + path);
        List<String> authorization = token == null ? List.of() : List.of("Authorization: Bearer " + token);
        if (Set.of("POST", "PUT", "PATCH").contains(endpoint.method())) {
            return SplitArrival.send(uri, endpoint.method(), authorization, "application/json", "{}", API_TIMEOUT);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(API_TIMEOUT)
                .method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new AuthorizationMatrix.Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    endpoint.service() + " gave no answer to " + endpoint.method() + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
