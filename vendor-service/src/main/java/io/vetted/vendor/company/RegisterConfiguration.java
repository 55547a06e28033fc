package io.vetted.vendor.company;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/** Retries of register lookups that found the register unavailable: doubling from {@code firstRetry} to {@code maxRetry}. */
@ConfigurationProperties("vetted.company-register")
record RegisterConfiguration(
        @Bindable(defaultValue = "1m") @NotNull Duration firstRetry,
        @Bindable(defaultValue = "6h") @NotNull Duration maxRetry) {

    Duration retryAfter(int failedAttempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
