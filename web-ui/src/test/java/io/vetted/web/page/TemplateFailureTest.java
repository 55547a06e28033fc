package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ModelAndView;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateFailureTest implements SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.http.client.read-timeout", "10s", "spec.name", "TemplateFailureTest");
    }

    @Test
    void answersATemplateErrorWithThe500PageInsteadOfHanging() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/broken-page").header("Accept-Language", "en"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(500);
                    assertThat(e.getResponse().getBody(String.class))
                            .hasValueSatisfying(html -> assertThat(html).contains("An unexpected error occurred."));
                });
    }

    @Controller
    @Requires(property = "spec.name", value = "TemplateFailureTest")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenPage {

        /** The error template needs its page context; without it, rendering fails half-way. */
        @Get("/broken-page")
        ModelAndView<Map<String, Object>> broken() {
            return new ModelAndView<>("error/page", Map.of("status", 500, "messageKey", "error.500"));
        }
    }
}
