package io.vetted.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.vetted.web.page.SafeRedirect;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a visitor who signs up was going (an invitation to write a reference, typically): the
 * mailed verification link opens a new page that knows nothing of it, so this browser keeps it in
 * a cookie from the sign-up until the email is verified, and the sign-in then returns there. Only
 * local paths are kept ({@link SafeRedirect}); it outlives the verification link's 24 hours a little.
 */
final class PendingReturn {

    static final String COOKIE = "__Host-vetted_return";
    private static final Duration LIFETIME = Duration.ofHours(48);

    private PendingReturn() {}

    /** The local path, or null when there is none or it points elsewhere (or is the home page). */
    @Nullable
    static String local(@Nullable String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        String safe = SafeRedirect.to(target).toString();
        return "/".equals(safe) ? null : safe;
    }

    static void remember(MutableHttpResponse<?> response, @Nullable String target) {
        String local = local(target);
        if (local != null) {
            response.cookie(cookie(URLEncoder.encode(local, StandardCharsets.UTF_8), LIFETIME));
        }
    }

    static Optional<String> of(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(c -> decoded(c.getValue()));
    }

    @Nullable
    private static String decoded(String value) {
        try {
            return local(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void forget(MutableHttpResponse<?> response) {
        response.cookie(cookie("", Duration.ZERO));
    }

    private static Cookie cookie(String value, Duration lifetime) {
        return Cookie.of(COOKIE, value)
                .path("/")
                .secure(true)
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .maxAge(lifetime);
    }
}
