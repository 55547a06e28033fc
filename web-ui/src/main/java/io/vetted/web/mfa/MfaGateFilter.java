package io.vetted.web.mfa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.Collection;
import java.util.Set;

/**
 * The services refuse providers' and moderators' changes without a second factor; rather than
 * let them fill in a form that will be refused, their work pages send them to set up MFA first.
 */
@ServerFilter({"/my/**", "/moderation/**"})
final class MfaGateFilter implements Ordered {

    static final URI SETUP = URI.create("/account/mfa?required=true");
    private static final Set<String> GUARDED = Set.of("PROVIDER", "MODERATOR");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireSecondFactor(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .filter(a -> a.getRoles().stream().anyMatch(GUARDED::contains) && !hasSecondFactor(a))
                .map(a -> (HttpResponse<?>) HttpResponse.seeOther(SETUP))
                .orElse(null);
    }

    static boolean hasSecondFactor(Authentication authentication) {
        Object amr = authentication.getAttributes().get("amr");
        return amr instanceof Collection<?> methods && methods.contains("mfa");
    }
}
