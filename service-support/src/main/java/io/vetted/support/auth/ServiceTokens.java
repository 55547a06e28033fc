package io.vetted.support.auth;

/**
 * This service's own access token ({@code SERVICE} role), which {@link ServiceTokenFilter} sends on
 * every call marked {@link AsService}: fetched from identity-service by the other services
 * ({@link ServiceTokenProvider}), issued directly by identity-service itself.
 */
public interface ServiceTokens {

    String token();

    /** Forget the token, e.g. after a 401, so the next call gets a fresh one. */
    void invalidate();
}
