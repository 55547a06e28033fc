package io.vetted.review.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's reputation at one version, as queued in the outbox and sent to vendor-service
 * (contract 1, second version: docs/ARCHITECTURE.md). Averages and shares are null while no
 * reference counts. {@code verifiedReferenceCount} counts only Vetted's independent levels; the
 * two counts after it are new in version 2 (a receiver that ignores unknown members is unaffected).
 */
@Serdeable
public record ReputationSnapshot(
        UUID providerId,
        long sourceVersion,
        int referenceCount,
        int verifiedReferenceCount,
        int providerVouchedReferenceCount,
        int underReviewCount,
        @Nullable BigDecimal averageRating,
        @Nullable BigDecimal bayesianRating,
        @Nullable BigDecimal recommendShare,
        Map<String, BigDecimal> criteria) {

    public static final String EVENT_TYPE = "ReputationChanged";

    ReputationSnapshot withVersion(long newVersion) {
        return new ReputationSnapshot(
                providerId,
                newVersion,
                referenceCount,
                verifiedReferenceCount,
                providerVouchedReferenceCount,
                underReviewCount,
                averageRating,
                bayesianRating,
                recommendShare,
                criteria);
    }
}
