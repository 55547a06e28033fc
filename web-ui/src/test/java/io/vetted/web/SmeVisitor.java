package io.vetted.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.vetted.testsupport.TestIssuer;

/**
 * A browser signed in as an SME account (or nobody), in English, for the buyer's pages: reads pages and
 * posts forms with the CSRF token a page gave it; a refusal (4xx) is returned as the page it shows.
 */
public final class SmeVisitor {

    public static final String ACCOUNT = "3c1e9a52-7d4b-4f0e-9a61-2b8d5c7e1f10";

    private final HttpClient http;
    private final Cookie session;

    private SmeVisitor(HttpClient http, Cookie session) {
        this.http = http;
        this.session = session;
    }

    public static SmeVisitor sme(HttpClient http) {
        return new SmeVisitor(
                http, Cookie.of("__Host-vetted_session", TestIssuer.shared().token(ACCOUNT, "SME")));
    }

    public static SmeVisitor anonymous(HttpClient http) {
        return new SmeVisitor(http, null);
    }

    /** What the site answered: its status, where it redirects (or null), and the page. */
    public record Answer(int code, String location, String body, HttpResponse<?> response) {}

    public Answer get(String path) {
        var request = HttpRequest.GET(path).header("Accept-Language", "en").accept("text/html");
        if (session != null) {
            request.cookie(session);
        }
        return exchange(request);
    }

    /** Posts {@code form} (url-encoded, without the token) with the token of a page that needs no backend. */
    public Answer post(String path, String form) {
        var advisor = HttpRequest.GET("/advisor");
        if (session != null) {
            advisor.cookie(session);
        }
        HttpResponse<String> page = http.toBlocking().exchange(advisor, String.class);
        var request = HttpRequest.POST(path, form + "&csrfToken=" + CsrfToken.of(page))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Accept-Language", "en")
                .cookie(page.getCookie("__Host-csrfToken").orElseThrow());
        if (session != null) {
            request.cookie(session);
        }
        return exchange(request);
    }

    private Answer exchange(HttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        return new Answer(
                response.code(),
                response.header("Location"),
                response.getBody(String.class).orElse(""),
                response);
    }
}
