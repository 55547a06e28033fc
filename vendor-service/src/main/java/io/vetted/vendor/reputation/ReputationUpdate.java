package io.vetted.vendor.reputation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * A provider's reputation as review-service computed it. {@code sourceVersion} grows with every
 * change there; only a snapshot newer than the stored one is applied.
 */
@Serdeable
public record ReputationUpdate(
        @Positive long sourceVersion,
        @NotNull @DecimalMin("1") @DecimalMax("5") BigDecimal averageRating,
        @PositiveOrZero int referenceCount) {
}
