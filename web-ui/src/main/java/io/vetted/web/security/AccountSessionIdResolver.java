package io.vetted.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.session.SessionIdResolver;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * CSRF tokens are bound to the signed-in account rather than to one access token: the access
 * token is renewed every 15 minutes (and when MFA or the password changes) while the visitor's
 * open forms must stay valid. A token still cannot be forged for someone else's account.
 */
@Singleton
final class AccountSessionIdResolver implements SessionIdResolver<HttpRequest<?>>, Ordered {

    @Override
    public Optional<String> findSessionId(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(a -> "account:" + a.getName());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
