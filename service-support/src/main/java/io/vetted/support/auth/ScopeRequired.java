package io.vetted.support.auth;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Refuses a route marked {@link RequiresScope} to a token whose {@code scope} claim lacks that
 * scope. Runs before {@code @Secured} and only rejects, so the role check still applies after it.
 */
@Singleton
final class ScopeRequired implements SecurityRule<HttpRequest<?>> {

    private final SecurityEvents events;

    ScopeRequired(SecurityEvents events) {
        this.events = events;
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        Optional<String> required = RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .flatMap(route -> ((MethodBasedRouteMatch<?, ?>) route).stringValue(RequiresScope.class));
        if (required.isEmpty() || (authentication != null && granted(authentication, required.get()))) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication != null) {
            events.record("SCOPE_MISSING", request, authentication.getName());
        }
        return Publishers.just(SecurityRuleResult.REJECTED);
    }

    static boolean granted(Authentication authentication, String scope) {
        return authentication.getAttributes().get(Scopes.CLAIM) instanceof String scopes
                && Arrays.asList(scopes.split(" ")).contains(scope);
    }
}
