package io.vetted.support.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.util.PathMatcher;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Set;
import org.reactivestreams.Publisher;

/**
 * Providers' and moderators' changes are what the public sees (profiles, verifications), so a
 * stolen password alone must not make them: their writes need a token whose {@code amr} says a
 * second factor was presented. Runs before {@code @Secured}, and only rejects; reads are unaffected.
 */
@Singleton
@Requires(property = "vetted.security.mfa.required-for-writes", value = "true")
final class MfaRequiredForWrites implements SecurityRule<HttpRequest<?>> {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> GUARDED_ROLES = Set.of(Roles.PROVIDER, Roles.MODERATOR);

    private final MfaPolicy policy;
    private final SecurityEvents events;

    MfaRequiredForWrites(MfaPolicy policy, SecurityEvents events) {
        this.policy = policy;
        this.events = events;
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 100;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        if (authentication == null
                || READS.contains(request.getMethod())
                || authentication.getRoles().stream().noneMatch(GUARDED_ROLES::contains)
                || hasSecondFactor(authentication)
                || exempt(request.getPath())) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        events.record("MFA_REQUIRED", request, authentication.getName());
        return Publishers.just(SecurityRuleResult.REJECTED);
    }

    static boolean hasSecondFactor(Authentication authentication) {
        Object amr = authentication.getAttributes().get(AccessTokens.AMR);
        return amr instanceof Collection<?> methods && methods.contains(AccessTokens.MFA);
    }

    private boolean exempt(String path) {
        return policy.exemptions().stream().anyMatch(pattern -> PathMatcher.ANT.matches(pattern, path));
    }
}
