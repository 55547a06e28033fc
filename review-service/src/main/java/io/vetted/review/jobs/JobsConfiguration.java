package io.vetted.review.jobs;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param reputationPeriod   how often every provider's reputation is recomputed (weights decay daily)
 * @param verificationPeriod how often due verifications are retried
 * @param verificationBatch  how many references one verification run checks again
 * @param moderationDigestPeriod how often moderators are told of the cases waiting (a day)
 * @param membershipRecheckPeriod how often team membership skipped while vendor-service was down is checked
 */
@ConfigurationProperties("vetted.jobs")
public record JobsConfiguration(
        @NotNull Duration reputationPeriod,
        @NotNull Duration verificationPeriod,
        @Min(1) int verificationBatch,
        @NotNull Duration moderationDigestPeriod,
        @NotNull Duration membershipRecheckPeriod) {}
