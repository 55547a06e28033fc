package io.vetted.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives each browser a random first-party identifier, kept in an HttpOnly, Secure, SameSite=Lax
 * {@code __Host-} cookie for 400 days (the longest browsers keep one). It identifies nobody: it
 * exists so that identity-service can tell a sock puppet signed up from a provider's own browser
 * (fraud prevention, see docs/trust.md); only its keyed hash is stored there.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class DeviceCookie implements Ordered {

    public static final String NAME = "__Host-vetted_device";
    static final Duration LIFETIME = Duration.ofDays(400);
    private static final String ATTRIBUTE = "vetted.device";
    private static final String FRESH = "vetted.device.fresh";
    // what identity-service accepts as a device identifier; anything else is replaced
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /** The identifier of the browser behind this request: its cookie's, or the one it is given now. */
    public static Optional<String> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class);
    }

    @RequestFilter
    void attach(HttpRequest<?> request) {
        Optional<String> current = request.getCookies()
                .findCookie(NAME)
                .map(Cookie::getValue)
                .filter(value -> WELL_FORMED.matcher(value).matches());
        if (current.isPresent()) {
            request.setAttribute(ATTRIBUTE, current.get());
        } else if (!request.getPath().startsWith("/static/")) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            request.setAttribute(
                    ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            request.setAttribute(FRESH, true);
        }
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(FRESH, Boolean.class).orElse(false)) {
            response.cookie(Cookie.of(NAME, of(request).orElseThrow())
                    .httpOnly(true)
                    .secure(true)
                    .path("/")
                    .sameSite(SameSite.Lax)
                    .maxAge(LIFETIME));
        }
    }
}
