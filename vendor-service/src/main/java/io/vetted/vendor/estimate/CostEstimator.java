package io.vetted.vendor.estimate;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.offer.OfferResponse;
import io.vetted.vendor.offer.OfferService;
import io.vetted.vendor.offer.PriceUnit;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.ProviderStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Prices a buyer's month with each compared provider: a total that combines its offers ({@link Plans}),
 * and each offer on its own for reference, at today's and announced prices.
 */
@Singleton
class CostEstimator {

    /** A call-out covers up to two hours of work, the common practice for on-site interventions. */
    static final int HOURS_PER_INTERVENTION = 2;

    private final ProviderRepository providers;
    private final OfferService offers;

    CostEstimator(ProviderRepository providers, OfferService offers) {
        this.providers = providers;
        this.offers = offers;
    }

    @ReadOnly
    EstimateResponse estimate(EstimateCriteria criteria) {
        int hours = Objects.requireNonNullElse(criteria.hours(), 0);
        boolean given = criteria.interventions() != null;
        var fleet = new EstimateResponse.Fleet(
                Objects.requireNonNullElse(criteria.users(), 0),
                Objects.requireNonNullElse(criteria.workstations(), 0),
                Objects.requireNonNullElse(criteria.servers(), 0),
                hours,
                given ? criteria.interventions() : (hours + HOURS_PER_INTERVENTION - 1) / HOURS_PER_INTERVENTION,
                given);
        List<EstimateResponse.ProviderEstimate> estimates = new ArrayList<>();
        List<UUID> ids = criteria.provider().stream().distinct().toList();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Provider provider = providers
                    .findByIdAndStatus(id, ProviderStatus.PUBLISHED)
                    .orElseThrow(() -> ApiProblems.notFound("No published provider with id " + id));
            List<OfferResponse> active = offers.activeOffers(id);
            List<EstimateResponse.OfferEstimate> priced =
                    active.stream().map(offer -> estimate(offer, fleet)).toList();
            estimates.add(new EstimateResponse.ProviderEstimate(id, provider.name(), priced, Plans.of(active, fleet)));
        }
        return new EstimateResponse(fleet, estimates);
    }

    private static EstimateResponse.OfferEstimate estimate(OfferResponse offer, EstimateResponse.Fleet fleet) {
        int quantity = quantity(offer, fleet);
        OfferResponse.PricePoint upcoming = offer.upcoming();
        return new EstimateResponse.OfferEstimate(
                offer.id(),
                offer.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                basis(offer),
                quantity,
                offer.priceEur(),
                Plans.times(offer.priceEur(), quantity),
                offer.minimumCommitmentMonths(),
                upcoming == null ? null : Plans.times(upcoming.priceEur(), quantity),
                upcoming == null ? null : upcoming.effectiveFrom());
    }

    /** What the offer's price is counted by: HOURS, INTERVENTIONS, SEATS, DEVICES, FLAT or QUOTE. */
    static String basis(OfferResponse offer) {
        return switch (offer.pricingModel()) {
            case HOURLY -> "HOURS";
            case PER_INTERVENTION -> "INTERVENTIONS";
            case MONTHLY_FIXED ->
                offer.priceUnit() == PriceUnit.PER_SEAT
                        ? "SEATS"
                        : offer.priceUnit() == PriceUnit.PER_DEVICE ? "DEVICES" : "FLAT";
            default -> "QUOTE";
        };
    }

    static int quantity(OfferResponse offer, EstimateResponse.Fleet fleet) {
        return switch (basis(offer)) {
            case "HOURS" -> fleet.hours();
            case "INTERVENTIONS" -> fleet.interventions();
            case "SEATS" -> fleet.users();
            case "DEVICES" -> fleet.workstations() + fleet.servers();
            case "FLAT" -> 1;
            default -> 0;
        };
    }
}
