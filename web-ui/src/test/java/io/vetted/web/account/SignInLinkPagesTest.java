package io.vetted.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.web.CsrfToken;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14: someone whose password sign-in is locked asks for a mailed sign-in link instead. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLinkPagesTest implements ServicesTest {

    private final FakeServices services = new FakeServices()
            .answer("/api/auth/sign-in-link", "{\"message\":\"sent\"}")
            .answer(
                    "/api/auth/sign-in-link/confirmation",
                    "{\"accessToken\":\"link-session-access\",\"refreshToken\":\"r\",\"expiresIn\":600,"
                            + "\"accountId\":\"7f0e4f6c-1111-4c1c-9a4e-3f9d2b1a0c01\",\"mfa\":false,\"mfaRequired\":false}");

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false");
    }

    @Test
    void offersASignInLinkOnTheLoginPage() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/login").header("Accept-Language", "en"));

        assertThat(page).contains("href=\"/login/link/request\"").contains("Email me a sign-in link");
    }

    @Test
    void offersTheLinkWithTheEmailFilledInWhenSignInIsLocked() {
        services.fail("/api/auth/login", 429);

        HttpResponse<String> answer = post("/login", "/login", "email=owner%40example.fr&password=whatever");

        assertThat(answer.code()).isEqualTo(429);
        assertThat(answer.body())
                .contains("data-testid=\"login-link-offer\"")
                .contains("action=\"/login/link/request\"")
                .contains("name=\"email\" value=\"owner@example.fr\"");
    }

    @Test
    void requestsTheLinkThenShowsTheConfirmationPage() {
        HttpResponse<String> answer =
                post("/login/link/request?email=owner%40example.fr", "/login/link/request", "email=owner%40example.fr");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/login/link/sent");
        assertThat(services.callsTo("/api/auth/sign-in-link"))
                .last()
                .extracting(FakeServices.Call::body)
                .asString()
                .contains("owner@example.fr");
        String sent =
                http.toBlocking().retrieve(HttpRequest.GET("/login/link/sent").header("Accept-Language", "en"));
        assertThat(sent).contains("a sign-in link valid for 15 minutes was just sent");
    }

    @Test
    void opensTheMailedLinkWithoutSpendingItThenSignsInOnTheClick() {
        String page = http.toBlocking().retrieve(HttpRequest.GET("/login/link?token=mailed-token-value"));
        assertThat(page).contains("name=\"token\" value=\"mailed-token-value\"");
        assertThat(services.callsTo("/api/auth/sign-in-link/confirmation")).isEmpty();

        HttpResponse<String> answer =
                post("/login/link?token=mailed-token-value", "/login/link", "token=mailed-token-value");

        assertThat(answer.code()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/");
        assertThat(answer.getHeaders().getAll("Set-Cookie"))
                .anyMatch(c -> c.startsWith("__Host-") && c.contains("=link-session-access;"));
        assertThat(services.callsTo("/api/auth/sign-in-link/confirmation"))
                .singleElement()
                .extracting(FakeServices.Call::body)
                .asString()
                .contains("mailed-token-value");
    }

    private HttpResponse<String> post(String formPage, String path, String form) {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET(formPage), String.class);
        var request = HttpRequest.POST(path, form + "&csrfToken=" + CsrfToken.of(page))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus())
                    .body(e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
