package io.vetted.support.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** No text with a NUL or another control character gets past a service's edge, wherever it travels. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharactersTest {

    private EmbeddedServer server;
    private HttpClient http;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("spec.name", "ControlCharactersTest", "micronaut.security.enabled", "true"));
        http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
    }

    @AfterAll
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void refusesANulInAJsonStringWith400NamingTheField() {
        var post = HttpRequest.POST("/echo", "{\"title\":\"ok\",\"lines\":[\"fine\",\"bad\\u0000\"]}")
                .contentType(MediaType.APPLICATION_JSON_TYPE);

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("lines[1]")
                            .contains("U+0000");
                });
    }

    @Test
    void refusesAnotherControlCharacterInAJsonString() {
        var post = HttpRequest.POST("/echo", "{\"title\":\"a\\u001bb\",\"lines\":[]}")
                .contentType(MediaType.APPLICATION_JSON_TYPE);

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("title")
                            .contains("U+001B");
                });
    }

    @Test
    void keepsTabsAndLineBreaksInTexts() {
        var post = HttpRequest.POST("/echo", "{\"title\":\"a\\tb\",\"lines\":[\"one\\r\\ntwo\"]}")
                .contentType(MediaType.APPLICATION_JSON_TYPE);

        assertThat(http.toBlocking().retrieve(post)).isEqualTo("a\tb|one\r\ntwo");
    }

    @Test
    void readsListsOfOtherTypesAsBefore() {
        var post = HttpRequest.POST("/echo", "{\"title\":\"t\",\"lines\":[\"a\"],\"counts\":[1,2]}")
                .contentType(MediaType.APPLICATION_JSON_TYPE);

        assertThat(http.toBlocking().retrieve(post)).isEqualTo("t|a|3");
    }

    @Test
    void refusesANulInAQueryParameterWith400NamingIt() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/echo?q=x%00y"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getResponse().getContentType())
                            .hasValueSatisfying(
                                    type -> assertThat(type.toString()).startsWith("application/problem+json"));
                    assertThat(e.getResponse().getBody(String.class).orElseThrow())
                            .contains("\"q\"");
                });
    }

    @Test
    void refusesANulInThePath() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/echo/x%00y"), String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(400));
    }

    @Test
    void answersAnOrdinaryQuery() {
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/echo?q=caf%C3%A9")))
                .isEqualTo("café");
    }

    @Serdeable
    record Echo(
            String title,
            @Nullable List<String> lines,
            @Nullable List<Integer> counts) {}

    @Controller("/echo")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @io.micronaut.context.annotation.Requires(property = "spec.name", value = "ControlCharactersTest")
    static class EchoController {

        @Post
        String echo(@Body Echo echo) {
            String text = echo.title() + "|" + String.join(",", echo.lines() == null ? List.of() : echo.lines());
            return echo.counts() == null
                    ? text
                    : text + "|"
                            + echo.counts().stream().mapToInt(Integer::intValue).sum();
        }

        @Get("{?q}")
        String query(@Nullable @QueryValue String q) {
            return q == null ? "" : q;
        }

        @Get("/{text}")
        String path(String text) {
            return text;
        }
    }
}
