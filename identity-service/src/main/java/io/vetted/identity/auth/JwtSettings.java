package io.vetted.identity.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * @param issuer              the {@code iss} every service expects
 * @param accessTokenLifetime how long an access token is valid
 * @param privateKey          PKCS#8 PEM of the RSA signing key ({@code JWT_PRIVATE_KEY}); blank for a
 *                            key generated once into {@code $VETTED_HOME}
 */
@ConfigurationProperties("vetted.jwt")
public record JwtSettings(@NotBlank String issuer, @NotNull Duration accessTokenLifetime, @Nullable String privateKey) {
}
