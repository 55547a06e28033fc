package io.vetted.vendor.watch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A change buyers watching a provider are told of (contract 11 in docs/ARCHITECTURE.md): queued in
 * the outbox with the change and sent to buyer-service. Exactly one of {@code price}, {@code sla}
 * and {@code claim} is set, as {@code kind} says.
 */
@Serdeable
public record WatchEvent(
        UUID eventId,
        Kind kind,
        UUID providerId,
        String providerName,
        Instant occurredAt,
        @Nullable PriceChange price,
        @Nullable SlaChange sla,
        @Nullable ClaimChange claim,
        @Nullable UUID ownerAccountId) {

    public static final String EVENT_TYPE = "WatchEvent";

    public enum Kind {
        PRICE_CHANGED,
        SLA_LOWERED,
        CLAIM_UNVERIFIED,
        PROVIDER_PUBLISHED
    }

    /**
     * An offer repriced. {@code noticeDays} is the notice given (announcement to effect, in Paris
     * days), {@code promisedNoticeDays} the one owed; a cut never breaks the promise.
     */
    @Serdeable
    public record PriceChange(
            UUID offerId,
            String offerTitle,
            BigDecimal oldPriceEur,
            BigDecimal newPriceEur,
            BigDecimal changePercent,
            LocalDate effectiveFrom,
            int noticeDays,
            int promisedNoticeDays,
            boolean noticeKept) {}

    /** A response time that got longer ({@code newResponseMinutes} null: no longer promised at all). */
    @Serdeable
    public record SlaChange(
            String severity,
            Integer oldResponseMinutes,
            @Nullable Integer newResponseMinutes) {}

    /** A claim a moderator had verified that no longer is (changed, withdrawn, or reviewed again). */
    @Serdeable
    public record ClaimChange(String topic) {}
}
