package io.vetted.identity.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;

/** Signs the configured issuer rather than the application name, so replicas and renames agree. */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class IssuerClaimsGenerator extends JWTClaimsSetGenerator {

    private final String issuer;

    IssuerClaimsGenerator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jtiGenerator,
                          @Nullable ClaimsAudienceProvider audienceProvider,
                          @Nullable ApplicationConfiguration applicationConfiguration, JwtSettings settings) {
        super(tokenConfiguration, jtiGenerator, audienceProvider, applicationConfiguration);
        this.issuer = settings.issuer();
    }

    @Override
    protected void populateIss(JWTClaimsSet.Builder builder) {
        builder.issuer(issuer);
    }
}
