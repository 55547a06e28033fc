package io.vetted.review.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's reputation at one version, as queued in the outbox and sent to vendor-service
 * (contract 1). Averages and shares are null while no reference is visible.
 */
@Serdeable
public record ReputationSnapshot(
        UUID providerId,
        long sourceVersion,
        int referenceCount,
        int verifiedReferenceCount,
        @Nullable BigDecimal averageRating,
        @Nullable BigDecimal bayesianRating,
        @Nullable BigDecimal recommendShare,
        Map<String, BigDecimal> criteria) {

    public static final String EVENT_TYPE = "ReputationChanged";
}
