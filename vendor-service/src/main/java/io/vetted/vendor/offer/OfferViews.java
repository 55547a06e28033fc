package io.vetted.vendor.offer;

import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Offers as buyers see them, each with the price history of its whole lineage. */
@Singleton
class OfferViews {

    private final OfferRepository offers;
    private final OfferPriceRepository prices;

    OfferViews(OfferRepository offers, OfferPriceRepository prices) {
        this.offers = offers;
        this.prices = prices;
    }

    OfferResponse view(Offer offer) {
        return views(List.of(offer)).get(0);
    }

    List<OfferResponse> views(List<Offer> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Set<UUID> lineages = shown.stream().map(Offer::lineageId).collect(Collectors.toSet());
        Map<UUID, UUID> lineageOf =
                offers.findByLineageIdIn(lineages).stream().collect(Collectors.toMap(Offer::id, Offer::lineageId));
        Map<UUID, List<OfferPrice>> byLineage = prices.findByOfferIdIn(lineageOf.keySet()).stream()
                .collect(Collectors.groupingBy(p -> lineageOf.get(p.offerId())));
        Map<UUID, List<NoticePromise>> promises =
                prices.promisesOf(lineages).stream().collect(Collectors.groupingBy(NoticePromise::lineageId));
        Instant now = Instant.now();
        return shown.stream()
                .map(o -> view(
                        o,
                        byLineage.getOrDefault(o.lineageId(), List.of()),
                        new NoticePromises(promises.getOrDefault(o.lineageId(), List.of())),
                        now))
                .toList();
    }

    private static OfferResponse view(
            Offer offer, List<OfferPrice> lineagePrices, NoticePromises notices, Instant now) {
        LocalDate today = now.atZone(PriceHistory.PARIS).toLocalDate();
        PriceHistory history = new PriceHistory(lineagePrices, today);
        Instant loweredUntil = notices.loweredFrom(now);
        return new OfferResponse(
                offer.id(),
                offer.title(),
                offer.pricingModel(),
                offer.priceUnit(),
                offer.withdrawnAt() == null ? history.priceOn(today) : null,
                offer.included(),
                offer.minimumCommitmentMonths(),
                offer.priceChangeNoticeDays(),
                history.upcoming(),
                history.points(),
                history.flags(),
                offer.version() == null ? 0 : offer.version(),
                offer.specialty() == null ? null : Specialty.valueOf(offer.specialty()),
                offer.onVettedSince().atZone(PriceHistory.PARIS).toLocalDate(),
                notices.inForce(now),
                loweredUntil == null
                        ? null
                        : loweredUntil.atZone(PriceHistory.PARIS).toLocalDate(),
                offer.continuesOfferId(),
                offer.withdrawnAt());
    }
}
