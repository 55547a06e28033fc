package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A provider's reputation as review-service computed it. {@code sourceVersion} grows with every
 * change there; only a snapshot newer than the stored one is applied. The ratings are null when no
 * reference is visible; {@code criteria} may be partial.
 */
@Serdeable
public record ReputationUpdate(
        @Positive long sourceVersion,
        @PositiveOrZero int referenceCount,
        @Nullable @PositiveOrZero Integer verifiedReferenceCount,
        @Nullable @DecimalMin("1") @DecimalMax("5") BigDecimal averageRating,
        @Nullable @DecimalMin("1") @DecimalMax("5") BigDecimal bayesianRating,
        @Nullable @DecimalMin("0") @DecimalMax("1") BigDecimal recommendShare,
        @Nullable Map<String, @NotNull @DecimalMin("1") @DecimalMax("5") BigDecimal> criteria) {

    /** The foundation's snapshot: an average and a count. */
    public ReputationUpdate(long sourceVersion, @Nullable BigDecimal averageRating, int referenceCount) {
        this(sourceVersion, referenceCount, null, averageRating, null, null, null);
    }
}
