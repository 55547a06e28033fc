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
 * A provider's reputation as review-service computed it (contract 1, docs/ARCHITECTURE.md).
 * {@code sourceVersion} grows with every change there; only a snapshot newer than the stored one is
 * applied. The ratings are null when no reference is visible; {@code criteria} may be partial.
 *
 * <p>Who vouched: {@code independentReferenceCount} counts references carrying an independent level
 * ("client verified by Vetted" and/or "engagement evidence checked", broken down in
 * {@code clientVerifiedCount} and {@code evidenceCheckedCount}); it alone is "verified" here.
 * {@code providerVouchedCount} counts those only the provider vouched for (invited, engagement
 * confirmed by the provider). A snapshot of the first contract has none of these and a
 * {@code verifiedReferenceCount} that counted the provider's own vouching: it is stored as
 * provider-vouched, never as verified.
 */
@Serdeable
public record ReputationUpdate(
        @Positive long sourceVersion,
        @PositiveOrZero int referenceCount,
        @Nullable @PositiveOrZero Integer verifiedReferenceCount,
        @Nullable @DecimalMin("1") @DecimalMax("5") BigDecimal averageRating,
        @Nullable @DecimalMin("1") @DecimalMax("5") BigDecimal bayesianRating,
        @Nullable @DecimalMin("0") @DecimalMax("1") BigDecimal recommendShare,
        @Nullable Map<String, @NotNull @DecimalMin("1") @DecimalMax("5") BigDecimal> criteria,
        @Nullable @PositiveOrZero Integer independentReferenceCount,
        @Nullable @PositiveOrZero Integer clientVerifiedCount,
        @Nullable @PositiveOrZero Integer evidenceCheckedCount,
        @Nullable @PositiveOrZero Integer providerVouchedCount) {

    /** The foundation's snapshot: an average and a count. */
    public ReputationUpdate(long sourceVersion, @Nullable BigDecimal averageRating, int referenceCount) {
        this(sourceVersion, referenceCount, null, averageRating, null, null, null, null, null, null, null);
    }

    /** Whether review-service says which references are independently verified (the second contract). */
    boolean namesIndependentLevels() {
        return independentReferenceCount != null;
    }

    int verified() {
        return namesIndependentLevels() ? independentReferenceCount : 0;
    }

    int providerVouched() {
        if (providerVouchedCount != null) {
            return providerVouchedCount;
        }
        return namesIndependentLevels() || verifiedReferenceCount == null ? 0 : verifiedReferenceCount;
    }

    int clientVerified() {
        return clientVerifiedCount == null ? 0 : clientVerifiedCount;
    }

    int evidenceChecked() {
        return evidenceCheckedCount == null ? 0 : evidenceCheckedCount;
    }
}
