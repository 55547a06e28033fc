package io.vetted.vendor.estimate;

import io.micronaut.core.annotation.Nullable;
import io.vetted.vendor.offer.OfferResponse;
import io.vetted.vendor.offer.PricingModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Combines a provider's offers into what the buyer would actually pay each month (docs/matching.md):
 * a fixed monthly fee for the fleet plus the on-site call-outs it excludes, or, without a fixed fee,
 * the hours and call-out fees on demand. A single cheap line (a call-out fee) is never a total.
 */
final class Plans {

    private Plans() {}

    static EstimateResponse.Plan of(List<OfferResponse> offers, EstimateResponse.Fleet fleet) {
        List<OfferResponse> priced =
                offers.stream().filter(o -> o.priceEur() != null).toList();
        Optional<OfferResponse> hourly = lowestUnit(priced, PricingModel.HOURLY);
        Optional<OfferResponse> callOut = lowestUnit(priced, PricingModel.PER_INTERVENTION);
        List<OfferResponse> fixed = priced.stream()
                .filter(o -> o.pricingModel() == PricingModel.MONTHLY_FIXED)
                .toList();
        Builder plan = new Builder();
        String kind;
        if (!fixed.isEmpty()) {
            kind = "FIXED_FEE";
            // several fixed fees are alternatives for the same service: the one this fleet would choose
            fixed.stream()
                    .filter(o -> CostEstimator.quantity(o, fleet) > 0)
                    .min(Comparator.comparing((OfferResponse o) ->
                                    o.priceEur().multiply(BigDecimal.valueOf(CostEstimator.quantity(o, fleet))))
                            .thenComparing(o -> o.id()))
                    .ifPresentOrElse(
                            o -> plan.add(
                                    o, CostEstimator.basis(o), CostEstimator.quantity(o, fleet), "FIXED_FEE_FOR_FLEET"),
                            () -> plan.unpriced.add("FLEET"));
            if (fleet.interventions() > 0) {
                // a fixed fee covers remote work; travelling on site is billed on top, as providers usually do
                if (callOut.isPresent()) {
                    plan.add(callOut.get(), "INTERVENTIONS", fleet.interventions(), "CALL_OUTS_OUTSIDE_FIXED_FEE");
                } else if (hourly.isPresent()) {
                    plan.add(
                            hourly.get(),
                            "HOURS",
                            fleet.interventions() * CostEstimator.HOURS_PER_INTERVENTION,
                            "CALL_OUTS_BILLED_BY_THE_HOUR");
                } else {
                    plan.unpriced.add("CALL_OUTS");
                }
            }
        } else if (hourly.isPresent() || callOut.isPresent()) {
            kind = "ON_DEMAND";
            if (fleet.hours() > 0 && hourly.isPresent()) {
                plan.add(hourly.get(), "HOURS", fleet.hours(), "HOURS_ON_DEMAND");
            } else if (fleet.hours() > 0 && fleet.interventions() == 0) {
                plan.unpriced.add("HOURS");
            }
            if (fleet.interventions() > 0 && callOut.isPresent()) {
                plan.add(callOut.get(), "INTERVENTIONS", fleet.interventions(), "CALL_OUT_FEES_ON_DEMAND");
            }
        } else {
            kind = "QUOTE_ONLY";
        }
        return plan.build(kind, priced);
    }

    private static Optional<OfferResponse> lowestUnit(List<OfferResponse> priced, PricingModel model) {
        return priced.stream()
                .filter(o -> o.pricingModel() == model)
                .min(Comparator.comparing(OfferResponse::priceEur).thenComparing(OfferResponse::id));
    }

    private static final class Builder {
        final List<EstimateResponse.PlanLine> lines = new ArrayList<>();
        final List<OfferResponse> used = new ArrayList<>();
        final List<String> unpriced = new ArrayList<>();
        BigDecimal upcoming = BigDecimal.ZERO.setScale(2);
        boolean announced;

        void add(OfferResponse offer, String basis, int quantity, String reason) {
            BigDecimal monthly = times(offer.priceEur(), quantity);
            lines.add(new EstimateResponse.PlanLine(
                    offer.id(), offer.title(), basis, quantity, offer.priceEur(), monthly, reason));
            used.add(offer);
            announced |= offer.upcoming() != null;
            upcoming = upcoming.add(
                    offer.upcoming() == null ? monthly : times(offer.upcoming().priceEur(), quantity));
        }

        EstimateResponse.Plan build(String kind, List<OfferResponse> priced) {
            boolean total = !kind.equals("QUOTE_ONLY") && !unpriced.contains("FLEET");
            BigDecimal monthly = total
                    ? lines.stream()
                            .map(EstimateResponse.PlanLine::monthlyEur)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add)
                    : null;
            return new EstimateResponse.Plan(
                    kind,
                    List.copyOf(lines),
                    monthly,
                    monthly == null ? null : monthly.multiply(BigDecimal.valueOf(12)),
                    List.copyOf(unpriced),
                    used.stream()
                            .mapToInt(OfferResponse::minimumCommitmentMonths)
                            .max()
                            .orElse(0),
                    total && announced ? upcoming : null,
                    priced.stream()
                            .filter(o -> !used.contains(o))
                            .map(OfferResponse::id)
                            .toList());
        }
    }

    static BigDecimal times(@Nullable BigDecimal price, int quantity) {
        return price == null
                ? null
                : price.multiply(BigDecimal.valueOf(quantity)).setScale(2);
    }
}
