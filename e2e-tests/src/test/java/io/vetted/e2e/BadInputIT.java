package io.vetted.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input never breaks a service: every endpoint that reads a JSON body, as the APIs' OpenAPI
 * documents list them, answers a malformed body, and a body sent as another type, with a 4xx
 * problem+json that says what is wrong, never a 5xx. Each endpoint is called by a caller the
 * authorization matrix lets through, with the fixture's real ids, so the body is actually read.
 */
@OnPlatform
class BadInputIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.load();
    private MatrixFixture fixture;
    private Platform platform;
    private Api api;
    private SiteCalls site;

    @BeforeAll
    void start() {
        fixture = new MatrixFixture(platform, api);
        site = new SiteCalls(platform.address(platform.web));
    }

    @Test
    void aMalformedJsonBodyIsRefusedWith400SayingSo() {
        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Endpoint endpoint : endpointsReadingJson()) {
            Answer answer = send(endpoint, "application/json", "{\"name\": \"Agence\", ");
            if (answer.status() != 400 || !answer.isProblem() || !answer.says("json")) {
                wrong.add(endpoint.line(List.of(answer.toString())));
            }
        }

        assertThat(wrong)
                .as("endpoints answering a malformed JSON body otherwise than 400 problem+json naming JSON")
                .isEmpty();
    }

    @Test
    void aBodyOfAnotherTypeIsRefusedWith415SayingSo() {
        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Endpoint endpoint : endpointsReadingJson()) {
            Answer answer = send(endpoint, "text/plain", "name=Agence");
            if (answer.status() != 415 || !answer.isProblem() || !answer.says("media type")) {
                wrong.add(endpoint.line(List.of(answer.toString())));
            }
        }

        assertThat(wrong)
                .as("endpoints answering a text/plain body otherwise than 415 problem+json naming the media type")
                .isEmpty();
    }

    /**
     * The property-style check: every operation of every service (web-ui's pages and forms
     * included), with a NUL or an escape character in each of its path variables, query
     * parameters and body properties in turn, and web-ui's forms with a body that is not valid
     * form encoding, answers without a 5xx.
     */
    @Test
    void noRouteAnswersHostileTextWithA5xx() {
        List<String> failed = new ArrayList<>();
        int calls = 0;
        for (ServiceProcess service : platform.all()) {
            for (OpenApiInputs.Operation operation : OpenApiEndpoints.inputs(service)) {
                for (Hostile hostile : Hostile.values()) {
                    for (Probe probe : probes(operation, hostile)) {
                        calls++;
                        int status = probe(operation, probe);
                        if (status >= 500) {
                            failed.add(
                                    operation.endpoint().line(List.of(hostile.name(), probe.toString(), "" + status)));
                        }
                    }
                }
            }
        }

        assertThat(calls).as("calls made").isGreaterThan(200);
        assertThat(failed).as("operations answering hostile input with a 5xx").isEmpty();
    }

    /** Text that PostgreSQL refuses (NUL), one that only hides text (ESC), and broken form encoding. */
    private enum Hostile {
        NUL("a%00b", "a\\u0000b"),
        ESCAPE("a%1Bb", "a\\u001bb"),
        BROKEN_ENCODING("a%ZZ", null);

        final String encoded;
        final String json;

        Hostile(String encoded, String json) {
            this.encoded = encoded;
            this.json = json;
        }
    }

    /** One call: the path (hostile variables or the fixture's ids), a query, a body. */
    private record Probe(String path, String query, String body) {
        @Override
        public String toString() {
            return path + (query.isEmpty() ? "" : "?" + query) + (body.isEmpty() ? "" : " " + body);
        }
    }

    private List<Probe> probes(OpenApiInputs.Operation operation, Hostile hostile) {
        AuthorizationMatrix.Endpoint endpoint = operation.endpoint();
        String path = fixture.expand(endpoint.service(), endpoint.path());
        boolean json = "application/json".equals(operation.bodyType());
        boolean form = "application/x-www-form-urlencoded".equals(operation.bodyType());
        String emptyBody = json ? "{}" : "";
        List<Probe> probes = new ArrayList<>();
        if (hostile == Hostile.BROKEN_ENCODING) {
            if (form) { // URIs with a broken escape cannot be built; bodies can
                probes.add(new Probe(path, "", "a=%ZZ"));
            }
            return probes;
        }
        if (endpoint.path().contains("{")) {
            probes.add(new Probe(endpoint.path().replaceAll("\\{[^}]+}", hostile.encoded), "", emptyBody));
        }
        if (!operation.queryParameters().isEmpty()) {
            List<String> query = new ArrayList<>();
            operation.queryParameters().forEach(name -> query.add(name + "=" + hostile.encoded));
            probes.add(new Probe(path, String.join("&", query), emptyBody));
        }
        if (json
                && (operation.properties().containsValue("string")
                        || operation.properties().containsValue("array"))) {
            List<String> fields = new ArrayList<>();
            operation.properties().forEach((name, type) -> fields.add("\"" + name + "\":" + jsonValue(type, hostile)));
            probes.add(new Probe(path, "", "{" + String.join(",", fields) + "}"));
        }
        if (form && !operation.properties().isEmpty()) {
            List<String> fields = new ArrayList<>();
            operation.properties().keySet().stream()
                    .filter(name -> !name.equals("csrfToken"))
                    .forEach(name -> fields.add(name + "=" + hostile.encoded));
            probes.add(new Probe(path, "", String.join("&", fields)));
        }
        return probes;
    }

    private static String jsonValue(String type, Hostile hostile) {
        return switch (type) {
            case "string" -> "\"" + hostile.json + "\"";
            case "array" -> "[\"" + hostile.json + "\"]";
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "{}";
        };
    }

    private int probe(OpenApiInputs.Operation operation, Probe probe) {
        AuthorizationMatrix.Endpoint endpoint = operation.endpoint();
        String caller = firstServedCaller(endpoint);
        String target = probe.path() + (probe.query().isEmpty() ? "" : "?" + probe.query());
        if (endpoint.service().equals("web-ui")) {
            return site.send(endpoint.method(), target, fixture.token(caller), probe.body())
                    .status();
        }
        return send(endpoint, target, "application/json", probe.body(), caller).status();
    }

    /** The first caller the matrix declares served, or anonymous when none is (web-ui's redirects). */
    private String firstServedCaller(AuthorizationMatrix.Endpoint endpoint) {
        List<String> expected = matrix.expected(endpoint);
        int allowed = expected == null ? -1 : expected.indexOf("ok");
        return AuthorizationMatrix.CALLERS.get(Math.max(allowed, 0));
    }

    private List<AuthorizationMatrix.Endpoint> endpointsReadingJson() {
        List<AuthorizationMatrix.Endpoint> endpoints = new ArrayList<>();
        for (ServiceProcess service : List.of(platform.identity, platform.vendor, platform.review, platform.buyer)) {
            endpoints.addAll(OpenApiEndpoints.withJsonBody(service));
        }
        assertThat(endpoints)
                .extracting(AuthorizationMatrix.Endpoint::service)
                .contains("identity", "vendor", "review", "buyer");
        return endpoints;
    }

    /** The first caller the matrix declares served: anonymous for public endpoints, else a role that may call it. */
    private String allowedCaller(AuthorizationMatrix.Endpoint endpoint) {
        List<String> expected = matrix.expected(endpoint);
        assertThat(expected)
                .as("%s is declared in authorization-matrix.txt", endpoint)
                .isNotNull();
        int allowed = expected.indexOf("ok");
        assertThat(allowed).as("%s admits some caller", endpoint).isNotNegative();
        return AuthorizationMatrix.CALLERS.get(allowed);
    }

    private Answer send(AuthorizationMatrix.Endpoint endpoint, String contentType, String body) {
        return send(
                endpoint,
                fixture.expand(endpoint.service(), endpoint.path()),
                contentType,
                body,
                allowedCaller(endpoint));
    }

    private Answer send(
            AuthorizationMatrix.Endpoint endpoint, String target, String contentType, String body, String caller) {
        ServiceProcess service = platform.all().stream()
                .filter(s -> OpenApiEndpoints.name(s).equals(endpoint.service()))
                .findFirst()
                .orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + target))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20));
        String token = fixture.token(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String contentType, String body) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        boolean says(String words) {
            return body.toLowerCase(Locale.ROOT).contains(words);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
