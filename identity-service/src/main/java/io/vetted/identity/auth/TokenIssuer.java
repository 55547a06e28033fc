package io.vetted.identity.auth;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.vetted.identity.account.Account;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.ServiceToken;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

@Singleton
class TokenIssuer {

    private final JwtTokenGenerator generator;
    private final int lifetimeSeconds;

    TokenIssuer(JwtTokenGenerator generator, JwtSettings settings) {
        this.generator = generator;
        this.lifetimeSeconds = (int) settings.accessTokenLifetime().toSeconds();
    }

    TokenResponse forAccount(Account account) {
        Authentication authentication = Authentication.build(account.id().toString(),
                List.of(account.role().name()),
                Map.of("email", account.email(), "name", account.displayName()));
        return new TokenResponse(sign(authentication), "Bearer", lifetimeSeconds, account.id(), account.role(),
                account.displayName());
    }

    ServiceToken.Response forService(String clientId) {
        Authentication authentication = Authentication.build("service:" + clientId, List.of(Roles.SERVICE));
        return new ServiceToken.Response(sign(authentication), "Bearer", lifetimeSeconds);
    }

    private String sign(Authentication authentication) {
        return generator.generateToken(authentication, lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("The token generator produced no token"));
    }
}
