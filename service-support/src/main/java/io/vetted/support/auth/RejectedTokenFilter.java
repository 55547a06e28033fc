package io.vetted.support.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

/**
 * A bearer token that fails validation is refused with a bare 401 even on public routes, instead
 * of silently treating the caller as anonymous, and every refusal of a presented token (401, 403)
 * becomes a security event. The answer never says what was wrong with the token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RejectedTokenFilter implements Ordered {

    private final SecurityEvents events;

    RejectedTokenFilter(SecurityEvents events) {
        this.events = events;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseInvalidBearer(HttpRequest<?> request) {
        if (presentsBearer(request)
                && request.getUserPrincipal(Authentication.class).isEmpty()) {
            events.record("TOKEN_REJECTED", request, null);
            return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        return null;
    }

    @ResponseFilter
    void logRefusals(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if ((status == 401 || status == 403)
                && presentsBearer(request)
                && !request.getAttribute(SecurityEvents.RECORDED, Boolean.class).orElse(false)) {
            String subject = request.getUserPrincipal(Authentication.class)
                    .map(Authentication::getName)
                    .orElse(null);
            events.record(status == 401 ? "TOKEN_REJECTED" : "ACCESS_DENIED", request, subject);
        }
    }

    private static boolean presentsBearer(HttpRequest<?> request) {
        return request.getHeaders()
                .getAuthorization()
                .map(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .orElse(false);
    }
}
