package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the provider's references say, as last propagated by review-service.
 * {@code verifiedReferenceCount} counts only references an independent party vouched for
 * ({@code clientVerifiedCount}: client verified by Vetted; {@code evidenceCheckedCount}: engagement
 * evidence checked by a moderator; a reference can be both); {@code providerVouchedCount} those only
 * the provider vouched for, which are its own word.
 */
@Serdeable
public record ReputationResponse(
        @Nullable BigDecimal averageRating,
        int referenceCount,
        int verifiedReferenceCount,
        @Nullable BigDecimal bayesianRating,
        @Nullable BigDecimal recommendShare,
        Map<Criterion, BigDecimal> criteria,
        int clientVerifiedCount,
        int evidenceCheckedCount,
        int providerVouchedCount) {

    public static final ReputationResponse NONE = new ReputationResponse(null, 0, 0, null, null, Map.of(), 0, 0, 0);
}
