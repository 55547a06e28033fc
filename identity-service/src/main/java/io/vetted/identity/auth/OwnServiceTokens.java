package io.vetted.identity.auth;

import io.vetted.support.auth.Scopes;
import io.vetted.support.auth.ServiceTokens;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * identity-service's own token for its calls to the other services: it is the issuer, so it signs
 * a fresh one per call instead of asking itself over HTTP.
 */
@Singleton
class OwnServiceTokens implements ServiceTokens {

    private static final String CLIENT_ID = "identity-service";
    // identity-service calls the others only to export and erase a person's data
    private static final List<String> SCOPES = List.of(Scopes.PERSONAL_DATA);

    private final TokenIssuer issuer;

    OwnServiceTokens(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public String token() {
        return issuer.forService(CLIENT_ID, SCOPES).accessToken();
    }

    @Override
    public void invalidate() {
        // nothing kept: every call gets a new token
    }
}
