package io.vetted.vendor.provider;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

@Serdeable
public record OfferRequest(
        @NotBlank @Size(max = 120) String title,
        @NotNull PricingModel pricingModel,
        @NotNull @DecimalMin(value = "0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal priceEur) {
}
