package io.vetted.support.auth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long a service keeps checking tokens with the last key set identity-service published once
 * it stops answering ({@code JWKS_MAX_STALE}). Beyond that, a key identity-service may have
 * withdrawn meanwhile is no longer trusted and tokens are refused until it answers again.
 */
@ConfigurationProperties("vetted.jwks")
public record JwksFallbackConfiguration(
        @Bindable(defaultValue = "1h") Duration maxStale) {}
