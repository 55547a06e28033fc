package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Specialty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer as buyers see it. {@code priceEur} is today's price (null for a project quoted on
 * request); {@code upcoming} an announced change not yet in effect; {@code priceHistory} every price
 * it ever had, oldest first, including those of the withdrawn offer it continues
 * ({@code continuesOfferId}). {@code onVettedSince}: the day it first appeared on Vetted; no price
 * starts before. {@code priceChangeNoticeDays} is the notice promised now, {@code noticeInForceDays}
 * the one the next change is owed: a lowered notice applies only from {@code noticeInForceUntil}.
 * {@code withdrawnAt} is set on a withdrawn offer, whose history stays public for 12 months.
 */
@Serdeable
public record OfferResponse(
        UUID id,
        String title,
        PricingModel pricingModel,
        @Nullable PriceUnit priceUnit,
        @Nullable BigDecimal priceEur,
        String included,
        int minimumCommitmentMonths,
        int priceChangeNoticeDays,
        @Nullable PricePoint upcoming,
        List<PricePoint> priceHistory,
        PriceFlags flags,
        long version,
        @Nullable Specialty specialty,
        LocalDate onVettedSince,
        int noticeInForceDays,
        @Nullable LocalDate noticeInForceUntil,
        @Nullable UUID continuesOfferId,
        @Nullable Instant withdrawnAt) {

    /**
     * A price and when it applied. {@code changePercent} compares it with the price before it;
     * {@code noticeDays} is how long before {@code effectiveFrom} it was announced, and
     * {@code shortNotice} whether that was a rise with less notice than the offer promised.
     */
    @Serdeable
    public record PricePoint(
            BigDecimal priceEur,
            LocalDate effectiveFrom,
            Instant announcedAt,
            @Nullable BigDecimal changePercent,
            @Nullable Integer noticeDays,
            int promisedNoticeDays,
            boolean shortNotice) {}

    /**
     * What the history says at a glance: the rise over the last 12 months (null when the price did
     * not rise, counting announced changes) and whether a rise came with less notice than promised.
     */
    @Serdeable
    public record PriceFlags(@Nullable BigDecimal raisedPercentLast12Months, boolean raisedWithShortNotice) {
        public static final PriceFlags NONE = new PriceFlags(null, false);
    }
}
