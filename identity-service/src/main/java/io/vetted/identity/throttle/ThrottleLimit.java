package io.vetted.identity.throttle;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code vetted.throttle.limits.<name>}: at most {@code attempts} counted attempts per
 * {@code window}; once reached, further attempts are refused until the window ends.
 */
@EachProperty("vetted.throttle.limits")
public record ThrottleLimit(
        @Parameter String name,
        @Min(1) int attempts,
        @NotNull Duration window) {}
