package io.vetted.identity.auth;

import io.vetted.support.auth.ServiceTokens;
import jakarta.inject.Singleton;

/**
 * identity-service's own token for its calls to the other services: it is the issuer, so it signs
 * a fresh one per call instead of asking itself over HTTP.
 */
@Singleton
class OwnServiceTokens implements ServiceTokens {

    private static final String CLIENT_ID = "identity-service";

    private final TokenIssuer issuer;

    OwnServiceTokens(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public String token() {
        return issuer.forService(CLIENT_ID).accessToken();
    }

    @Override
    public void invalidate() {
        // nothing kept: every call gets a new token
    }
}
