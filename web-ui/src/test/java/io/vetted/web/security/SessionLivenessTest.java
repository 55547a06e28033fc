package io.vetted.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.web.FakeServices;
import io.vetted.web.ServicesTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A sign-in that identity-service says has ended shows no signed-in page, from the next request on. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLivenessTest implements ServicesTest {

    private static final String SESSION = "__Host-vetted_session";
    private static final String REFRESH = SessionCookie.REFRESH_COOKIE;
    private static final String SME = "7f0e4f6c-1111-4c1c-9a4e-3f9d2b1a0c01";
    private static final String STATUS = "/api/sessions/current";

    private final TestIssuer issuer = TestIssuer.shared();
    private final String token = issuer.token(SME, "SME");
    private final String renewed = issuer.token(SME, "SME");
    private final FakeServices services = new FakeServices().answer("/api/references/mine", "[]");

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public FakeServices services() {
        return services;
    }

    @Override
    public Map<String, String> additionalProperties() {
        return ServicesTest.signedInReadingRedirects();
    }

    @Test
    void asksIdentityAboutTheSessionWithTheVisitorsTokenAndServesTheLiveOne() {
        services.answer(STATUS, "{\"active\":true}");

        HttpResponse<String> page = myReferences(Cookie.of(SESSION, token));

        assertThat(page.code()).isEqualTo(200);
        assertThat(services.callsTo(STATUS))
                .last()
                .extracting(FakeServices.Call::authorization)
                .isEqualTo("Bearer " + token);
    }

    @Test
    void signsOutAndSendsToSignInWhenIdentitySaysTheSessionEnded() {
        services.answer(STATUS, "{\"active\":false}");
        services.fail("/api/auth/refresh", 401);
        int callsBefore = services.callsTo("/api/references/mine").size();

        HttpResponse<String> page = myReferences(Cookie.of(SESSION, token), Cookie.of(REFRESH, "revoked"));

        assertThat(page.code()).isBetween(301, 303);
        assertThat(page.header("Location")).startsWith("/login");
        assertThat(cookiesSet(page))
                .anyMatch(c -> c.startsWith(SESSION + "=") && c.contains("Max-Age=0"))
                .anyMatch(c -> c.startsWith(REFRESH + "=") && c.contains("Max-Age=0"));
        assertThat(services.callsTo("/api/references/mine")).hasSize(callsBefore);
    }

    @Test
    void renewsWithTheRefreshCookieWhenOnlyTheAccessTokenIsNoLongerValidForTheSession() {
        services.answer(STATUS, "{\"active\":false}");
        services.answer(
                "/api/auth/refresh",
                "{\"accessToken\":\"" + renewed + "\",\"expiresIn\":300,\"refreshToken\":\"next\","
                        + "\"refreshExpiresIn\":3600,\"accountId\":\"" + SME
                        + "\",\"mfa\":false,\"mfaRequired\":false}");

        HttpResponse<String> page = myReferences(Cookie.of(SESSION, token), Cookie.of(REFRESH, "alive"));

        assertThat(page.code()).isEqualTo(200);
        assertThat(cookiesSet(page)).anyMatch(c -> c.startsWith(SESSION + "=" + renewed));
    }

    @Test
    void keepsTheCookiesWhenAnotherTabHasJustRefreshedTheSameToken() {
        services.fail("/api/auth/refresh", 409);

        HttpResponse<String> page = myReferences(Cookie.of(REFRESH, "spent-by-the-other-tab"));

        assertThat(cookiesSet(page)).noneMatch(c -> c.startsWith(SESSION + "=") || c.startsWith(REFRESH + "="));
    }

    @Test
    void keepsTheVisitorSignedInWhenIdentityCannotAnswer() {
        services.fail(STATUS, 503);

        assertThat(myReferences(Cookie.of(SESSION, token)).code()).isEqualTo(200);
    }

    private HttpResponse<String> myReferences(Cookie... cookies) {
        try {
            // asked for as a page: an anonymous visitor is then sent to sign in rather than answered 401
            return http.toBlocking()
                    .exchange(
                            HttpRequest.GET("/my/references")
                                    .accept(MediaType.TEXT_HTML)
                                    .cookies(Set.of(cookies)),
                            String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(
                    "answered " + e.code() + ": " + e.getResponse().getBody(String.class), e);
        }
    }

    private static List<String> cookiesSet(HttpResponse<?> response) {
        return response.getHeaders().getAll("Set-Cookie");
    }
}
