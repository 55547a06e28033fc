package io.vetted.vendor.estimate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.offer.PriceUnit;
import io.vetted.vendor.offer.PricingModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Each offer's monthly cost for the buyer's fleet, with its working: {@code quantity} of
 * {@code basis} at {@code unitPriceEur}. Interventions are counted as one per started two hours.
 */
@Serdeable
public record EstimateResponse(Fleet fleet, List<ProviderEstimate> providers) {

    @Serdeable
    public record Fleet(int users, int workstations, int servers, int hours, int interventions) {}

    @Serdeable
    public record ProviderEstimate(
            UUID providerId,
            String name,
            List<OfferEstimate> offers,
            @Nullable UUID cheapestOfferId) {}

    /**
     * {@code basis} is HOURS, SEATS, DEVICES, INTERVENTIONS, FLAT (quantity 1) or QUOTE (no price).
     * {@code upcomingMonthlyEur} is the same estimate at an announced price, from {@code upcomingFrom}.
     */
    @Serdeable
    public record OfferEstimate(
            UUID offerId,
            String title,
            PricingModel pricingModel,
            @Nullable PriceUnit priceUnit,
            String basis,
            int quantity,
            @Nullable BigDecimal unitPriceEur,
            @Nullable BigDecimal monthlyEur,
            int minimumCommitmentMonths,
            @Nullable BigDecimal upcomingMonthlyEur,
            @Nullable LocalDate upcomingFrom) {}
}
