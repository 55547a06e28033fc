package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.vetted.vendor.watch.WatchEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads an offer's prices as buyers need them: today's, the announced one, and what the changes say. */
final class PriceHistory {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Comparator<OfferPrice> IN_EFFECT_ORDER =
            Comparator.comparing(OfferPrice::effectiveFrom).thenComparing(OfferPrice::announcedAt);

    private final List<OfferResponse.PricePoint> points;
    private final List<OfferPrice> sorted;
    private final LocalDate today;

    PriceHistory(List<OfferPrice> prices, LocalDate today) {
        this.sorted = prices.stream().sorted(IN_EFFECT_ORDER).toList();
        this.today = today;
        this.points = new ArrayList<>();
        OfferPrice previous = null;
        for (OfferPrice price : sorted) {
            points.add(point(price, previous));
            previous = price;
        }
    }

    List<OfferResponse.PricePoint> points() {
        return List.copyOf(points);
    }

    /** The price on {@code day}: the last to take effect by then; null before the first. */
    @Nullable
    BigDecimal priceOn(LocalDate day) {
        OfferPrice found = null;
        for (OfferPrice price : sorted) {
            if (!price.effectiveFrom().isAfter(day)) {
                found = price;
            }
        }
        return found == null ? null : found.priceEur();
    }

    @Nullable
    OfferResponse.PricePoint upcoming() {
        return sorted.isEmpty()
                        || !sorted.get(sorted.size() - 1).effectiveFrom().isAfter(today)
                ? null
                : points.get(points.size() - 1);
    }

    OfferResponse.PriceFlags flags() {
        if (sorted.isEmpty()) {
            return OfferResponse.PriceFlags.NONE;
        }
        LocalDate yearAgo = today.minusMonths(12);
        BigDecimal baseline = priceOn(yearAgo);
        if (baseline == null) {
            baseline = sorted.get(0).priceEur();
        }
        BigDecimal latest = sorted.get(sorted.size() - 1).priceEur();
        BigDecimal rise = percent(baseline, latest);
        boolean shortNotice = points.stream()
                .anyMatch(p -> p.shortNotice() && p.effectiveFrom().isAfter(yearAgo));
        return new OfferResponse.PriceFlags(rise.signum() > 0 ? rise : null, shortNotice);
    }

    private static OfferResponse.PricePoint point(OfferPrice price, @Nullable OfferPrice previous) {
        if (previous == null) {
            return new OfferResponse.PricePoint(
                    price.priceEur(),
                    price.effectiveFrom(),
                    price.announcedAt(),
                    null,
                    null,
                    price.promisedNoticeDays(),
                    false);
        }
        LocalDate announced = price.announcedAt().atZone(PARIS).toLocalDate();
        int notice = (int) ChronoUnit.DAYS.between(announced, price.effectiveFrom());
        BigDecimal change = percent(previous.priceEur(), price.priceEur());
        boolean shortNotice = change.signum() > 0 && notice < price.promisedNoticeDays();
        return new OfferResponse.PricePoint(
                price.priceEur(),
                price.effectiveFrom(),
                price.announcedAt(),
                change,
                notice,
                price.promisedNoticeDays(),
                shortNotice);
    }

    /** What watchers of the provider are told of a new price {@code price} following {@code previous}. */
    static WatchEvent.PriceChange announcement(Offer offer, OfferPrice previous, OfferPrice price) {
        OfferResponse.PricePoint point = point(price, previous);
        return new WatchEvent.PriceChange(
                offer.id(),
                offer.title(),
                previous.priceEur(),
                price.priceEur(),
                point.changePercent(),
                price.effectiveFrom(),
                point.noticeDays(),
                price.promisedNoticeDays(),
                !point.shortNotice());
    }

    private static BigDecimal percent(BigDecimal from, BigDecimal to) {
        return to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 1, RoundingMode.HALF_UP);
    }
}
