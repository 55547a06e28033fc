package io.vetted.web.provider;

import io.vetted.web.backend.VendorModels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A new price the owner typed that would rise with less notice than the offer owes: vendor-service
 * saves it and flags it to buyers, so the form says so before saving. It reads the change as
 * vendor-service will: a price equal to the latest is no change, the price it follows is the one in
 * effect on its first day, and the notice owed is the one in force today (a lowered promise runs out
 * only after its own notice).
 */
public record ShortNoticeRise(long daysAhead, int promisedDays, LocalDate earliestKept) {

    static Optional<ShortNoticeRise> of(VendorModels.Offer offer, OfferForm form, LocalDate today) {
        List<VendorModels.PricePoint> history = offer.priceHistory();
        if (history.isEmpty() || !(FormValues.price(form.priceEur()) instanceof BigDecimal price)) {
            return Optional.empty();
        }
        if (history.get(history.size() - 1).priceEur().compareTo(price) == 0) {
            return Optional.empty();
        }
        LocalDate from;
        try {
            from = form.priceEffectiveFrom() == null
                            || form.priceEffectiveFrom().isBlank()
                    ? today
                    : LocalDate.parse(form.priceEffectiveFrom().strip());
        } catch (DateTimeParseException e) {
            return Optional.empty(); // vendor-service names the field
        }
        BigDecimal before = history.stream()
                .filter(p -> !p.effectiveFrom().isAfter(from))
                .reduce((first, second) -> second)
                .map(VendorModels.PricePoint::priceEur)
                .orElse(null);
        int owed = new OfferEdit(form, offer).noticeOwed();
        long days = ChronoUnit.DAYS.between(today, from);
        if (before == null || price.compareTo(before) <= 0 || days >= owed || from.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(new ShortNoticeRise(days, owed, today.plusDays(owed)));
    }
}
