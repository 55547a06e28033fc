package io.vetted.review.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's reputation as review-service knows it now (vendor-service's copy may lag): counted
 * references only. {@code verifiedReferenceCount} counts those Vetted verified independently
 * (client verified, or evidence checked); {@code providerVouchedReferenceCount} those the provider
 * invited or confirmed (its own word); {@code underReviewCount} those held out while a moderator
 * looks. {@code labels} counts references per label (one reference may carry several);
 * {@code distribution} counts overall ratings from 1 to 5; see docs/reputation.md for the scores.
 */
@Serdeable
public record ReputationView(
        long version,
        int referenceCount,
        int verifiedReferenceCount,
        int providerVouchedReferenceCount,
        int underReviewCount,
        Map<String, Integer> labels,
        @Nullable BigDecimal averageRating,
        @Nullable BigDecimal bayesianRating,
        @Nullable BigDecimal recommendShare,
        @Nullable BigDecimal priceIncreaseShare,
        int currentClientCount,
        Map<String, BigDecimal> criteria,
        List<Integer> distribution) {

    ReputationSnapshot snapshot(UUID providerId) {
        return new ReputationSnapshot(
                providerId,
                version,
                referenceCount,
                verifiedReferenceCount,
                labels.getOrDefault("CLIENT_VERIFIED", 0),
                labels.getOrDefault("EVIDENCE_CHECKED", 0),
                providerVouchedReferenceCount,
                underReviewCount,
                averageRating,
                bayesianRating,
                recommendShare,
                criteria);
    }
}
