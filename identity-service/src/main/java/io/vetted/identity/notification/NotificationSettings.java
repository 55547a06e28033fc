package io.vetted.identity.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * @param batchSize      mails one replica takes from the queue per round
 * @param lease          how long a taken mail stays another replica's to leave alone (a replica that
 *                       dies mid-round gives its mails back after it)
 * @param firstRetry     the wait after a first failure, doubled after each further one ...
 * @param maxRetry       ... up to this
 * @param maxAttempts    failures after which a mail is parked for inspection
 * @param unsubscribeKey key of the unsubscribe links' signatures ({@code NOTIFICATION_UNSUBSCRIBE_KEY});
 *                       blank uses one generated once into {@code $VETTED_HOME}
 */
@ConfigurationProperties("vetted.notifications")
public record NotificationSettings(
        @Min(1) int batchSize,
        @NotNull Duration lease,
        @NotNull Duration firstRetry,
        @NotNull Duration maxRetry,
        @Min(1) int maxAttempts,
        @Nullable String unsubscribeKey) {

    /** The wait before attempt {@code attempts + 1}, with ±20 % jitter so that replicas spread out. */
    Duration retryAfter(int attempts, double jitter) {
        long doubled = firstRetry.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(doubled, maxRetry.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 + 0.2 * jitter)));
    }
}
