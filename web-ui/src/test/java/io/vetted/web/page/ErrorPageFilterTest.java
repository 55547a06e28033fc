package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPageFilterTest implements SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.http.client.read-timeout", "10s", "spec.name", "ErrorPageFilterTest");
    }

    @Test
    void answersAnUnknownAddressWithThe404PageInTheVisitorsLanguage() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/no-such-page").header("Accept-Language", "en"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.getResponse().getContentType()).hasValue(MediaType.TEXT_HTML_TYPE);
                    assertThat(e.getResponse().getBody(String.class))
                            .hasValueSatisfying(html -> assertThat(html).contains("This page does not exist."));
                });
    }

    @Test
    void answersAnUnhandledFailureWithThe500Page() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/failing-page").header("Accept-Language", "fr"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(500);
                    assertThat(e.getResponse().getBody(String.class))
                            .hasValueSatisfying(html -> assertThat(html)
                                    .contains("Une erreur inattendue est survenue.")
                                    .doesNotContain("Exception"));
                });
    }

    /** Micronaut 4.10 looped until out of heap when a status error route answered a form still arriving. */
    @Test
    void answersABareRefusalOfAFormWhoseBodyArrivesLateWithThe403Page() throws Exception {
        String answer = postSlowly("/refusing-form", "name=late");

        assertThat(answer).startsWith("HTTP/1.1 403").contains("You do not have access to this page.");
        assertThat(postSlowly("/refusing-form", "name=again")).startsWith("HTTP/1.1 403");
    }

    @Test
    void answersAFormFromAClientThatAcceptsOnlyHtmlWithAPageRatherThan406() {
        var request = HttpRequest.POST("/lang", "lang=en&returnTo=/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
                .header("Accept-Language", "en");

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(403);
                    assertThat(e.getResponse().getBody(String.class))
                            .hasValueSatisfying(html -> assertThat(html).contains("This form has expired."));
                });
    }

    private String postSlowly(String path, String form) throws Exception {
        try (Socket socket = new Socket("localhost", server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path
                            + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html,application/xhtml+xml,*/*;q=0.8\r\nAccept-Language: en\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            out.write(form.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Controller
    @Requires(property = "spec.name", value = "ErrorPageFilterTest")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class Failing {

        @Get("/failing-page")
        String fail() {
            throw new IllegalStateException("NullPointerException somewhere deep");
        }

        @Post("/refusing-form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        HttpResponse<?> refuse(@Body Map<String, String> form) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
    }
}
