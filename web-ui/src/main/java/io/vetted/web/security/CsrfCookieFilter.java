package io.vetted.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfHmacTokenGenerator;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Gives every page a CSRF token bound to the visitor's session: the token travels in the
 * {@code __Host-csrfToken} cookie and in each form, and is renewed whenever the session changes
 * (sign-in, sign-out), since its signature covers the session id.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfCookieFilter implements Ordered {

    static final String ATTRIBUTE = "vetted.csrfToken";
    private static final String FRESH = "vetted.csrfToken.fresh";

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfHmacTokenGenerator<HttpRequest<?>> hmac;
    private final CsrfConfiguration configuration;

    CsrfCookieFilter(
            CsrfTokenGenerator<HttpRequest<?>> generator,
            CsrfHmacTokenGenerator<HttpRequest<?>> hmac,
            CsrfConfiguration configuration) {
        this.generator = generator;
        this.hmac = hmac;
        this.configuration = configuration;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    void attachToken(HttpRequest<?> request) {
        String current = request.getCookies()
                .findCookie(configuration.getCookieName())
                .map(Cookie::getValue)
                .orElse(null);
        if (current != null && validForThisSession(request, current)) {
            request.setAttribute(ATTRIBUTE, current);
        } else {
            request.setAttribute(ATTRIBUTE, generator.generateCsrfToken(request));
            request.setAttribute(FRESH, true);
        }
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(FRESH, Boolean.class).orElse(false)) {
            String token = request.getAttribute(ATTRIBUTE, String.class).orElseThrow();
            response.cookie(Cookie.of(configuration.getCookieName(), token).configure(configuration, true));
        }
    }

    private boolean validForThisSession(HttpRequest<?> request, String token) {
        int separator = token.indexOf(CsrfHmacTokenGenerator.HMAC_RANDOM_SEPARATOR);
        if (separator < 0) {
            return false;
        }
        String expected = hmac.hmac(request, token.substring(separator + 1));
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                token.substring(0, separator).getBytes(StandardCharsets.UTF_8));
    }
}
