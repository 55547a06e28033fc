package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A change to an offer, made against {@code version}. A new price is added to the history from
 * {@code priceEffectiveFrom} (today when left out, never in the past); the pricing model stays.
 */
@Serdeable
public record OfferUpdate(
        @NotNull Long version,
        @NotBlank @Size(max = 120) String title,

        @Nullable @DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
        BigDecimal priceEur,

        @Nullable LocalDate priceEffectiveFrom,
        @Nullable @Size(max = 1000) String included,
        @Nullable @Min(0) @Max(60) Integer minimumCommitmentMonths,
        @Nullable @Min(0) @Max(365) Integer priceChangeNoticeDays) {}
