package io.vetted.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Forms are small: a large body, or one whose size is not given, is refused before it is read. */
@MicronautTest
class RequestSizeLimitTest implements SiteTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    EmbeddedServer server;

    @Test
    void refusesAFormBodyOverTheLimitWith413() throws Exception {
        byte[] body = form((int) RequestSizeLimit.FORM_LIMIT + 1);

        HttpResponse<String> answer = http.send(
                post("/sign-in", HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void refusesAChunkedBodyWhoseSizeCannotBeJudgedWith411() throws Exception {
        // ofInputStream has no known length: the client sends it with Transfer-Encoding: chunked
        var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form(1_000_000)));

        HttpResponse<String> answer = http.send(post("/sign-in", chunked), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(411);
    }

    @Test
    void letsAnEvidenceUploadRouteCarryAChunkedBodyToItsOwnChecks() throws Exception {
        var chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form(1_000)));

        HttpResponse<String> answer = http.send(
                post("/references/5b1c8e2a-3333-4d5e-8f90-1a2b3c4d5e6f/evidence", chunked),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isNotIn(411, 413);
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", FORM)
                .POST(body)
                .build();
    }

    private static byte[] form(int size) {
        StringBuilder body = new StringBuilder("email=a%40b.fr&password=");
        while (body.length() < size) {
            body.append('x');
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
