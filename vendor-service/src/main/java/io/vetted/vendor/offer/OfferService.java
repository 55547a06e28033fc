package io.vetted.vendor.offer;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProfileAccess;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.search.SearchIndex;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
public class OfferService {

    private final OfferRepository offers;
    private final OfferPriceRepository prices;
    private final ProfileAccess access;
    private final SearchIndex search;

    OfferService(OfferRepository offers, OfferPriceRepository prices, ProfileAccess access, SearchIndex search) {
        this.offers = offers;
        this.prices = prices;
        this.access = access;
        this.search = search;
    }

    /** Adds offers to a profile being created; {@code fieldPrefix} names them as the request did. */
    @Transactional
    public void addAll(UUID providerId, List<OfferRequest> requests, String fieldPrefix) {
        for (int i = 0; i < requests.size(); i++) {
            insert(providerId, requests.get(i), fieldPrefix + "[" + i + "].");
        }
    }

    @Transactional
    public OfferResponse create(UUID providerId, OfferRequest request) {
        access.requireEditable(providerId);
        Offer offer = insert(providerId, request, "");
        search.refresh(providerId);
        return view(offer, prices.findByOfferId(offer.id()));
    }

    @Transactional
    public OfferResponse update(UUID providerId, UUID offerId, OfferUpdate change) {
        access.requireEditable(providerId);
        Offer offer = activeOffer(providerId, offerId);
        LocalDate today = LocalDate.now(PriceHistory.PARIS);
        PricingRules.checkPrice("", offer.pricingModel(), offer.priceUnit(), change.priceEur());
        int notice =
                change.priceChangeNoticeDays() == null ? offer.priceChangeNoticeDays() : change.priceChangeNoticeDays();
        Offer updated = offers.update(new Offer(
                offer.id(),
                providerId,
                change.title().strip(),
                offer.pricingModel(),
                offer.priceUnit(),
                text(change.included()),
                change.minimumCommitmentMonths() == null
                        ? offer.minimumCommitmentMonths()
                        : change.minimumCommitmentMonths(),
                notice,
                null,
                change.version(),
                offer.createdAt(),
                null));
        List<OfferPrice> history = prices.findByOfferId(offerId);
        OfferPrice latest = history.stream()
                .max(Comparator.comparing(OfferPrice::effectiveFrom).thenComparing(OfferPrice::announcedAt))
                .orElse(null);
        if (change.priceEur() != null && (latest == null || latest.priceEur().compareTo(change.priceEur()) != 0)) {
            LocalDate from = change.priceEffectiveFrom() == null ? today : change.priceEffectiveFrom();
            if (from.isBefore(today) || from.isAfter(today.plusYears(2))) {
                throw ApiProblems.unprocessable(
                        "priceEffectiveFrom",
                        "a price change takes effect from today and within two years, never in the past");
            }
            prices.save(new OfferPrice(null, offerId, change.priceEur(), from, Instant.now(), notice));
            history = prices.findByOfferId(offerId);
        }
        search.refresh(providerId);
        return view(updated, history);
    }

    @Transactional
    public void withdraw(UUID providerId, UUID offerId, long version) {
        Provider provider = access.requireEditable(providerId);
        Offer offer = activeOffer(providerId, offerId);
        if (provider.published() && offers.countByProviderIdAndWithdrawnAtIsNull(providerId) <= 1) {
            throw ApiProblems.unprocessable("offers", "a published profile keeps at least one offer");
        }
        offers.update(new Offer(
                offer.id(),
                providerId,
                offer.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                offer.included(),
                offer.minimumCommitmentMonths(),
                offer.priceChangeNoticeDays(),
                Instant.now(),
                version,
                offer.createdAt(),
                null));
        search.refresh(providerId);
    }

    @ReadOnly
    public List<OfferResponse> activeOffers(UUID providerId) {
        List<Offer> active = offers.findByProviderIdAndWithdrawnAtIsNullOrderByCreatedAt(providerId);
        if (active.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<OfferPrice>> byOffer = prices
                .findByOfferIdIn(active.stream().map(Offer::id).toList())
                .stream()
                .collect(Collectors.groupingBy(OfferPrice::offerId));
        return active.stream()
                .map(o -> view(o, byOffer.getOrDefault(o.id(), List.of())))
                .toList();
    }

    @ReadOnly
    public boolean hasActiveOffers(UUID providerId) {
        return offers.countByProviderIdAndWithdrawnAtIsNull(providerId) > 0;
    }

    private Offer insert(UUID providerId, OfferRequest request, String prefix) {
        PriceUnit unit = PricingRules.check(prefix, request.pricingModel(), request.priceUnit(), request.priceEur());
        int notice = Objects.requireNonNullElse(request.priceChangeNoticeDays(), 30);
        Offer offer = offers.save(new Offer(
                null,
                providerId,
                request.title().strip(),
                request.pricingModel(),
                unit,
                text(request.included()),
                Objects.requireNonNullElse(request.minimumCommitmentMonths(), 0),
                notice,
                null,
                null,
                null,
                null));
        if (request.priceEur() != null) {
            LocalDate since = request.priceSince() == null ? LocalDate.now(PriceHistory.PARIS) : request.priceSince();
            prices.save(new OfferPrice(null, offer.id(), request.priceEur(), since, Instant.now(), notice));
        }
        return offer;
    }

    private Offer activeOffer(UUID providerId, UUID offerId) {
        return offers.findByIdAndProviderIdAndWithdrawnAtIsNull(offerId, providerId)
                .orElseThrow(() -> ApiProblems.notFound("No offer " + offerId + " on provider " + providerId));
    }

    private static OfferResponse view(Offer offer, List<OfferPrice> prices) {
        PriceHistory history = new PriceHistory(prices, LocalDate.now(PriceHistory.PARIS));
        return new OfferResponse(
                offer.id(),
                offer.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                history.priceOn(LocalDate.now(PriceHistory.PARIS)),
                offer.included(),
                offer.minimumCommitmentMonths(),
                offer.priceChangeNoticeDays(),
                history.upcoming(),
                history.points(),
                history.flags(),
                offer.version() == null ? 0 : offer.version());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
