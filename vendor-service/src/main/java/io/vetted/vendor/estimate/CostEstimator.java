package io.vetted.vendor.estimate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.offer.OfferResponse;
import io.vetted.vendor.offer.OfferService;
import io.vetted.vendor.offer.PriceUnit;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.ProviderStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Prices a buyer's month with each offer of the compared providers, at today's and announced prices. */
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
        var fleet = new EstimateResponse.Fleet(
                Objects.requireNonNullElse(criteria.users(), 0),
                Objects.requireNonNullElse(criteria.workstations(), 0),
                Objects.requireNonNullElse(criteria.servers(), 0),
                hours,
                (hours + HOURS_PER_INTERVENTION - 1) / HOURS_PER_INTERVENTION);
        List<EstimateResponse.ProviderEstimate> estimates = new ArrayList<>();
        List<UUID> ids = criteria.provider().stream().distinct().toList();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Provider provider = providers
                    .findByIdAndStatus(id, ProviderStatus.PUBLISHED)
                    .orElseThrow(() -> ApiProblems.notFound("No published provider with id " + id));
            List<EstimateResponse.OfferEstimate> priced = offers.activeOffers(id).stream()
                    .map(offer -> estimate(offer, fleet))
                    .toList();
            UUID cheapest = priced.stream()
                    .filter(o -> o.monthlyEur() != null)
                    .min(Comparator.comparing(EstimateResponse.OfferEstimate::monthlyEur))
                    .map(EstimateResponse.OfferEstimate::offerId)
                    .orElse(null);
            estimates.add(new EstimateResponse.ProviderEstimate(id, provider.name(), priced, cheapest));
        }
        return new EstimateResponse(fleet, estimates);
    }

    private static EstimateResponse.OfferEstimate estimate(OfferResponse offer, EstimateResponse.Fleet fleet) {
        String basis;
        int quantity;
        switch (offer.pricingModel()) {
            case HOURLY -> {
                basis = "HOURS";
                quantity = fleet.hours();
            }
            case PER_INTERVENTION -> {
                basis = "INTERVENTIONS";
                quantity = fleet.interventions();
            }
            case MONTHLY_FIXED -> {
                basis = offer.priceUnit() == PriceUnit.PER_SEAT
                        ? "SEATS"
                        : offer.priceUnit() == PriceUnit.PER_DEVICE ? "DEVICES" : "FLAT";
                quantity = switch (basis) {
                    case "SEATS" -> fleet.users();
                    case "DEVICES" -> fleet.workstations() + fleet.servers();
                    default -> 1;
                };
            }
            default -> {
                basis = "QUOTE";
                quantity = 0;
            }
        }
        OfferResponse.PricePoint upcoming = offer.upcoming();
        return new EstimateResponse.OfferEstimate(
                offer.id(),
                offer.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                basis,
                quantity,
                offer.priceEur(),
                times(offer.priceEur(), quantity),
                offer.minimumCommitmentMonths(),
                upcoming == null ? null : times(upcoming.priceEur(), quantity),
                upcoming == null ? null : upcoming.effectiveFrom());
    }

    @Nullable
    private static BigDecimal times(@Nullable BigDecimal price, int quantity) {
        return price == null
                ? null
                : price.multiply(BigDecimal.valueOf(quantity)).setScale(2);
    }
}
