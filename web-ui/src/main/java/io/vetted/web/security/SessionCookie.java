package io.vetted.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.vetted.web.backend.IdentityClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The signed-in visitor's tokens live in HttpOnly, Secure, SameSite=Lax cookies with the
 * {@code __Host-} prefix (no Domain, Path=/), so scripts and other sites never see them: the
 * access token for its short life (5 minutes by default), the refresh token that renews it for longer.
 */
@Singleton
public class SessionCookie {

    public static final String REFRESH_COOKIE = "__Host-vetted_refresh";
    /** Request attribute holding an access token renewed while serving this very request. */
    public static final String RENEWED = "vetted.renewedAccessToken";

    private final String name;

    SessionCookie(@Value("${micronaut.security.token.cookie.cookie-name}") String name) {
        this.name = name;
    }

    public void set(MutableHttpResponse<?> response, IdentityClient.Token token) {
        response.cookie(cookie(name, token.accessToken(), Duration.ofSeconds(token.expiresIn())));
        if (token.refreshToken() != null && token.refreshExpiresIn() != null) {
            response.cookie(cookie(REFRESH_COOKIE, token.refreshToken(), Duration.ofSeconds(token.refreshExpiresIn())));
        }
    }

    public void clear(MutableHttpResponse<?> response) {
        response.cookie(cookie(name, "", Duration.ZERO));
        response.cookie(cookie(REFRESH_COOKIE, "", Duration.ZERO));
    }

    /** The access token this request carries: renewed during the request, else the cookie's. */
    public Optional<String> accessToken(HttpRequest<?> request) {
        return request.getAttribute(RENEWED, String.class)
                .or(() -> request.getCookies().findCookie(name).map(Cookie::getValue));
    }

    /** The access cookie's token as the browser sent it, if not blank. */
    public Optional<String> accessCookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    public Optional<String> refreshToken(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(REFRESH_COOKIE)
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }

    public String name() {
        return name;
    }

    private static Cookie cookie(String name, String value, Duration lifetime) {
        return Cookie.of(name, value)
                .httpOnly(true)
                .secure(true)
                .path("/")
                .sameSite(SameSite.Lax)
                .maxAge(lifetime);
    }
}
