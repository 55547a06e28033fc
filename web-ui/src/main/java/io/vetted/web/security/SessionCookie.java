package io.vetted.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The signed-in visitor's access token lives in an HttpOnly, Secure, SameSite=Lax cookie with the
 * {@code __Host-} prefix (no Domain, Path=/), so scripts and other sites never see it.
 */
@Singleton
public class SessionCookie {

    private final String name;

    SessionCookie(@Value("${micronaut.security.token.cookie.cookie-name}") String name) {
        this.name = name;
    }

    public void set(MutableHttpResponse<?> response, String token, Duration lifetime) {
        response.cookie(Cookie.of(name, token).httpOnly(true).secure(true).path("/")
                .sameSite(SameSite.Lax).maxAge(lifetime));
    }

    public void clear(MutableHttpResponse<?> response) {
        response.cookie(Cookie.of(name, "").httpOnly(true).secure(true).path("/").sameSite(SameSite.Lax).maxAge(0));
    }

    public String name() {
        return name;
    }
}
