package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Map;

/** What the provider's references say, as last propagated by review-service. */
@Serdeable
public record ReputationResponse(
        @Nullable BigDecimal averageRating,
        int referenceCount,
        int verifiedReferenceCount,
        @Nullable BigDecimal bayesianRating,
        @Nullable BigDecimal recommendShare,
        Map<Criterion, BigDecimal> criteria) {

    public static final ReputationResponse NONE = new ReputationResponse(null, 0, 0, null, null, Map.of());
}
