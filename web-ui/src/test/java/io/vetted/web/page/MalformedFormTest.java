package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.CsrfToken;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A form body that is not valid {@code application/x-www-form-urlencoded} is the visitor's mistake. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFormTest implements SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false");
    }

    @Test
    void answersABrokenPercentEscapeWith400AndTheErrorPage() {
        assertBadRequest("a=%ZZ");
    }

    @Test
    void answersATruncatedPercentEscapeWith400AndTheErrorPage() {
        assertBadRequest("lang=en&returnTo=%2");
    }

    private void assertBadRequest(String body) {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        String token = CsrfToken.of(page);
        var post = HttpRequest.POST("/lang", body + "&csrfToken=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());

        assertThatThrownBy(() -> http.toBlocking().exchange(post, String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.getResponse().getContentType()).contains(MediaType.TEXT_HTML_TYPE);
                });
    }
}
