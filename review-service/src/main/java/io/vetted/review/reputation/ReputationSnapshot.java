package io.vetted.review.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's reputation at one version, as queued in the outbox and sent to vendor-service
 * (contract 1, second version: docs/ARCHITECTURE.md). Averages and shares are null while no
 * reference counts. {@code independentReferenceCount} counts only Vetted's independent levels
 * (broken down in {@code clientVerifiedCount} and {@code evidenceCheckedCount}); the provider's own
 * invitation or confirmation is {@code providerVouchedCount}; {@code underReviewCount} references
 * wait outside every figure.
 */
@Serdeable
public record ReputationSnapshot(
        UUID providerId,
        long sourceVersion,
        int referenceCount,
        int independentReferenceCount,
        int clientVerifiedCount,
        int evidenceCheckedCount,
        int providerVouchedCount,
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
                independentReferenceCount,
                clientVerifiedCount,
                evidenceCheckedCount,
                providerVouchedCount,
                underReviewCount,
                averageRating,
                bayesianRating,
                recommendShare,
                criteria);
    }
}
