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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input never breaks a service: every endpoint that reads a JSON body, as the APIs' OpenAPI
 * documents list them, answers a malformed body, and a body sent as another type, with a 4xx
 * problem+json that says what is wrong, never a 5xx. Each endpoint is called by a caller the
 * authorization matrix lets through, with the fixture's real ids, so the body is actually read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.load();
    private MatrixFixture fixture;
    private Platform platform;

    @BeforeAll
    void start() {
        fixture = MatrixFixture.start(getClass());
        platform = fixture.platform();
    }

    @AfterAll
    void stop() {
        fixture.close();
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

    private List<AuthorizationMatrix.Endpoint> endpointsReadingJson() {
        List<AuthorizationMatrix.Endpoint> endpoints = new ArrayList<>();
        for (ServiceProcess service : List.of(platform.identity, platform.vendor, platform.review)) {
            endpoints.addAll(OpenApiEndpoints.withJsonBody(service));
        }
        assertThat(endpoints)
                .extracting(AuthorizationMatrix.Endpoint::service)
                .contains("identity", "vendor", "review");
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
        ServiceProcess service = platform.all().stream()
                .filter(s -> OpenApiEndpoints.name(s).equals(endpoint.service()))
                .findFirst()
                .orElseThrow();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(service.url() + fixture.expand(endpoint.service(), endpoint.path())))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20));
        String token = fixture.token(allowedCaller(endpoint));
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
