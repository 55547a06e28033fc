package io.vetted.identity.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param issuer               the {@code iss} every service expects
 * @param audience             the {@code aud} every service expects
 * @param accessTokenLifetime  how long an access token is valid (15 minutes at most)
 * @param privateKey           PKCS#8 PEM of the RSA key that signs ({@code JWT_PRIVATE_KEY}); blank for a
 *                             key generated once into {@code $VETTED_HOME}
 * @param secondaryKey         PKCS#8 PEM of the previous signing key ({@code JWT_SECONDARY_KEY}), still
 *                             published and accepted while tokens it signed may be alive
 * @param refreshTokenLifetime how long a refresh token may sit unused (inactivity timeout)
 * @param sessionLifetime      how long a sign-in lasts at most, however often it is refreshed
 */
@ConfigurationProperties("vetted.jwt")
public record JwtSettings(
        @NotBlank String issuer,
        @NotBlank String audience,
        @NotNull Duration accessTokenLifetime,
        @Nullable String privateKey,
        @Nullable String secondaryKey,
        @NotNull Duration refreshTokenLifetime,
        @NotNull Duration sessionLifetime) {

    public JwtSettings {
        if (accessTokenLifetime.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("ACCESS_TOKEN_LIFETIME must be 15 minutes or less");
        }
    }
}
