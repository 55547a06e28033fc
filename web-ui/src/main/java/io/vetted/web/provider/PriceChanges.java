package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorModels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An offer's prices read for people: the price in effect today, the changes announced but not yet
 * in effect, and every change with the price before it (newest first), so that neither the owner
 * nor a buyer has to work out from a list of prices what changed, when, and with how much notice.
 */
public record PriceChanges(@Nullable VendorModels.PricePoint current, List<Change> scheduled, List<Change> all) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * A change from {@code before} to {@code after}. {@code noticeKept}: false only for a rise
     * announced with less notice than promised (a cut owes no notice); {@code daysAhead} counts from
     * today to the day it takes effect, for a change still to come.
     */
    public record Change(BigDecimal before, VendorModels.PricePoint after, boolean scheduled, long daysAhead) {

        public boolean rise() {
            return after.priceEur().compareTo(before) > 0;
        }

        public boolean noticeKept() {
            return !after.shortNotice();
        }
    }

    public static PriceChanges today(VendorModels.Offer offer) {
        return of(offer, LocalDate.now(PARIS));
    }

    static PriceChanges of(VendorModels.Offer offer, LocalDate today) {
        VendorModels.PricePoint current = null;
        List<Change> all = new ArrayList<>();
        VendorModels.PricePoint previous = null;
        for (VendorModels.PricePoint point : offer.priceHistory()) {
            boolean scheduled = point.effectiveFrom().isAfter(today);
            if (!scheduled) {
                current = point;
            }
            if (previous != null) {
                all.add(new Change(
                        previous.priceEur(),
                        point,
                        scheduled,
                        scheduled ? ChronoUnit.DAYS.between(today, point.effectiveFrom()) : 0));
            }
            previous = point;
        }
        List<Change> scheduled = all.stream().filter(Change::scheduled).toList();
        Collections.reverse(all);
        return new PriceChanges(current, scheduled, List.copyOf(all));
    }
}
