package io.vetted.review.reference;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param dailyLimit         references one account may publish in any 24 hours
 * @param invitationLifetime how long a provider's invitation stays usable
 */
@ConfigurationProperties("vetted.references")
public record ReferenceConfiguration(
        @Min(1) int dailyLimit, @NotNull Duration invitationLifetime) {}
