package io.vetted.buyer.limits;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/** How much one account may keep: bounds on storage per account, not a business rule. */
@ConfigurationProperties("vetted.buyer.limits")
public record LimitsConfiguration(
        @Min(1) int shortlists,
        @Min(1) int entries,
        @Min(1) int savedSearches,
        @Min(1) int watches) {}
