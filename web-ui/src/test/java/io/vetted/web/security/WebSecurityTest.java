package io.vetted.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.vetted.web.CsrfToken;
import io.vetted.web.SiteTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebSecurityTest implements SiteTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Override
    public Map<String, String> moreProperties() {
        return Map.of("micronaut.http.client.follow-redirects", "false");
    }

    /**
     * Multipart forms bind their fields one by one, so the handler hands them to a bean whose
     * method is {@code @CsrfProtected}; each is listed with the test that posts it without a token.
     */
    private static final Map<String, String> CHECKED_AFTER_MULTIPART_BINDING = Map.of(
            "/my/provider/company-check",
            "CompanyCheckPageTest.refusesTheUploadWithoutTheVisitorsCsrfToken",
            "/references/{id}/evidence",
            "EvidenceUploadPageTest.refusesTheUploadWithoutTheVisitorsCsrfToken",
            "/my/provider/siren-contest",
            "ContestPageTest.refusesTheContestWithoutTheVisitorsCsrfToken",
            "/my/provider/siren-contest/{contestId}/answer",
            "ContestPageTest.refusesTheAnswerWithoutTheVisitorsCsrfToken");

    /**
     * Posted by mail clients (RFC 8058 one-click unsubscribe), which hold no CSRF token: the signed
     * token in the path is the authority, and it only ever turns mails off.
     */
    private static final Map<String, String> AUTHORISED_BY_THE_LINK = Map.of(
            "/unsubscribe/{token}",
            "NotificationPagesTest.aMailClientsOneClickPostUnsubscribesWithoutASessionOrCsrfToken");

    @Test
    void everyStateChangingRouteChecksTheCsrfToken() {
        List<UriRouteInfo<?, ?>> changing = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.GET
                        && route.getHttpMethod() != HttpMethod.HEAD
                        && route.getHttpMethod() != HttpMethod.OPTIONS)
                .filter(route -> route.getTargetMethod()
                        .getDeclaringType()
                        .getPackageName()
                        .startsWith("io.vetted.web"))
                .toList();

        assertThat(changing)
                .isNotEmpty()
                .allSatisfy(route -> assertThat(route.getTargetMethod().hasAnnotation(CsrfProtected.class)
                                || CHECKED_AFTER_MULTIPART_BINDING.containsKey(
                                        route.getUriMatchTemplate().toString())
                                || AUTHORISED_BY_THE_LINK.containsKey(
                                        route.getUriMatchTemplate().toString()))
                        .as("%s %s is @CsrfProtected", route.getHttpMethod(), route.getUriMatchTemplate())
                        .isTrue());
    }

    @Test
    void refusesAFormWithoutTheTokenWith403() {
        var request =
                HttpRequest.POST("/lang", "lang=en&returnTo=/").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);

        assertThatThrownBy(() -> http.toBlocking().exchange(request, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
    }

    @Test
    void refusesATokenThatIsNotTheVisitorsWith403() {
        var page = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        String cookie = page.getCookie("__Host-csrfToken").orElseThrow().getValue();
        var forged = HttpRequest.POST("/lang", "lang=en&returnTo=/&csrfToken=" + cookie.substring(1) + "x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(page.getCookie("__Host-csrfToken").get());

        assertThatThrownBy(() -> http.toBlocking().exchange(forged, String.class))
                .isInstanceOfSatisfying(
                        HttpClientResponseException.class,
                        e -> assertThat(e.code()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
    }

    @Test
    void acceptsTheTokenOfThePageTheFormCameFrom() {
        HttpResponse<String> switched = switchToEnglishFromTheSignInPage();

        assertThat(switched.code()).isEqualTo(HttpStatus.SEE_OTHER.getCode());
        assertThat(switched.header("Location")).isEqualTo("/login");
    }

    @Test
    void keepsTheChosenLanguageInAHostOnlySecureCookieThatTheNextPageReads() {
        HttpResponse<String> switched = switchToEnglishFromTheSignInPage();

        assertThat(switched.getHeaders().getAll("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("__Host-vetted_lang=en")
                        .contains("Path=/", "Secure")
                        .doesNotContain("Domain="));
        var next = http.toBlocking()
                .exchange(
                        HttpRequest.GET("/login")
                                .cookie(switched.getCookie("__Host-vetted_lang").orElseThrow()),
                        String.class);
        assertThat(next.body()).contains("<html lang=\"en\">");
    }

    @Test
    void setsTheCsrfCookieHttpOnlySecureAndStrict() {
        var response = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);

        assertThat(response.getHeaders().getAll("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("__Host-csrfToken=")
                        .containsIgnoringCase("HttpOnly")
                        .contains("Path=/", "Secure", "SameSite=Strict")
                        .doesNotContain("Domain="));
    }

    @Test
    void sendsTheSecurityHeadersOnEveryPage() {
        var headers = http.toBlocking()
                .exchange(HttpRequest.GET("/login"), String.class)
                .getHeaders();

        assertThat(headers.get("Content-Security-Policy"))
                .contains("script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.get("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.get("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void keepsEveryPageOutOfCachesButNotTheStylesheet() {
        var signIn = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        var signUp = http.toBlocking().exchange(HttpRequest.GET("/register"), String.class);
        var stylesheet = http.toBlocking().exchange(HttpRequest.GET("/static/css/vetted.css"), String.class);

        assertThat(signIn.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(signUp.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(stylesheet.getHeaders().get("Cache-Control")).isNotEqualTo("no-store");
    }

    @Test
    void answersAnUnknownPageWithTheLocalised404Page() {
        assertThatThrownBy(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/nowhere").header("Accept-Language", "en"), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.getResponse().getBody(String.class))
                            .hasValueSatisfying(html -> assertThat(html).contains("This page does not exist."));
                });
    }

    /** Posts the language switch of /login with that page's own CSRF token and cookie. */
    private HttpResponse<String> switchToEnglishFromTheSignInPage() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        String token = CsrfToken.of(page);
        var post = HttpRequest.POST("/lang", "lang=en&returnTo=/login&csrfToken=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(page.getCookie("__Host-csrfToken").get());
        return http.toBlocking().exchange(post, String.class);
    }
}
