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
 * What each provider would cost the buyer's fleet: {@code plan} is the total per month and per year
 * and the offers it combines (docs/matching.md explains the rule); {@code offers} prices each
 * published offer on its own, for reference only. {@code fleet.interventions} are the on-site
 * call-outs assumed per month: as given ({@code interventionsGiven}), or one per started two hours.
 */
@Serdeable
public record EstimateResponse(Fleet fleet, List<ProviderEstimate> providers) {

    @Serdeable
    public record Fleet(
            int users, int workstations, int servers, int hours, int interventions, boolean interventionsGiven) {}

    @Serdeable
    public record ProviderEstimate(UUID providerId, String name, List<OfferEstimate> offers, Plan plan) {}

    /**
     * A provider's total. {@code kind}: FIXED_FEE (a monthly fee plus the extras it excludes),
     * ON_DEMAND (hours and call-outs only) or QUOTE_ONLY (no public price: totals are null).
     * {@code unpriced} names work the plan needs but the provider has no public price for
     * (CALL_OUTS, HOURS, FLEET): the total then leaves it out and says so. {@code otherOfferIds}
     * are priced offers the plan did not add, because the plan already has one of their kind.
     */
    @Serdeable
    public record Plan(
            String kind,
            List<PlanLine> lines,
            @Nullable BigDecimal monthlyEur,
            @Nullable BigDecimal yearlyEur,
            List<String> unpriced,
            int minimumCommitmentMonths,
            @Nullable BigDecimal upcomingMonthlyEur,
            List<UUID> otherOfferIds) {}

    /**
     * One offer in a plan: {@code quantity} of {@code basis} (SEATS, DEVICES, FLAT, HOURS,
     * INTERVENTIONS) at {@code unitPriceEur}; {@code reason} says why it is there: FIXED_FEE_FOR_FLEET,
     * CALL_OUTS_OUTSIDE_FIXED_FEE, CALL_OUTS_BILLED_BY_THE_HOUR (no call-out fee: two hours each),
     * HOURS_ON_DEMAND, CALL_OUT_FEES_ON_DEMAND.
     */
    @Serdeable
    public record PlanLine(
            UUID offerId,
            String title,
            String basis,
            int quantity,
            BigDecimal unitPriceEur,
            BigDecimal monthlyEur,
            String reason) {}

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
