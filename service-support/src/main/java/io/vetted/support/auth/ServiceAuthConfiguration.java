package io.vetted.support.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * How this service authenticates to the others: a client id known to identity-service and its
 * secret ({@code SERVICE_CLIENT_SECRET}; blank means the local secret shared through
 * {@code $VETTED_HOME}).
 */
@ConfigurationProperties("vetted.service-auth")
public record ServiceAuthConfiguration(
        @NotBlank String clientId, @Nullable String clientSecret) {}
