package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Specialty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new offer. {@code priceUnit} only for MONTHLY_FIXED (FLAT when left out); no price for PROJECT.
 * {@code priceSince} says since when the price has applied (default today), never before the
 * offer's first appearance on Vetted. {@code specialty}, one of the profile's, says what the offer
 * is for: re-created within 12 months of withdrawing one for the same specialty and pricing model,
 * it continues that one's price history.
 */
@Serdeable
public record OfferRequest(
        @NotBlank @Size(max = 120) String title,
        @NotNull PricingModel pricingModel,

        @Nullable @DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
        BigDecimal priceEur,

        @Nullable PriceUnit priceUnit,
        @Nullable @Size(max = 1000) String included,
        @Nullable @Min(0) @Max(60) Integer minimumCommitmentMonths,
        @Nullable @Min(0) @Max(365) Integer priceChangeNoticeDays,
        @Nullable @PastOrPresent LocalDate priceSince,
        @Nullable Specialty specialty) {

    public OfferRequest(String title, PricingModel pricingModel, BigDecimal priceEur) {
        this(title, pricingModel, priceEur, null, null, null, null, null, null);
    }

    public OfferRequest(
            String title,
            PricingModel pricingModel,
            BigDecimal priceEur,
            PriceUnit priceUnit,
            String included,
            Integer minimumCommitmentMonths,
            Integer priceChangeNoticeDays,
            LocalDate priceSince) {
        this(
                title,
                pricingModel,
                priceEur,
                priceUnit,
                included,
                minimumCommitmentMonths,
                priceChangeNoticeDays,
                priceSince,
                null);
    }
}
