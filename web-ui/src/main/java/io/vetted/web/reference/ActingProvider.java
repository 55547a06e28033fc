package io.vetted.web.reference;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.vetted.web.backend.VendorClient;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Whether the visitor acts for a provider (its owner or a team member), which offers them the
 * provider's answers to references. The public profile names no account, so a signed-in provider
 * is asked for its own profile; nobody else can act for one.
 */
@Singleton
class ActingProvider {

    private final VendorClient vendor;

    ActingProvider(VendorClient vendor) {
        this.vendor = vendor;
    }

    boolean actsFor(UUID providerId) {
        boolean provider = ServerRequestContext.currentRequest()
                .flatMap((HttpRequest<?> request) -> request.getUserPrincipal(Authentication.class))
                .map(a -> a.getRoles().contains("PROVIDER"))
                .orElse(false);
        if (!provider) {
            return false;
        }
        VendorClient.Provider own = vendor.mine();
        return own != null && own.id().equals(providerId);
    }
}
