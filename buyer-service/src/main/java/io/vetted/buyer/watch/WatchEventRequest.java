package io.vetted.buyer.watch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A change of a provider that its watchers hear of, as vendor-service sends it (contract 11). */
@Serdeable
public record WatchEventRequest(
        @NotNull UUID eventId,
        @NotNull Kind kind,
        @NotNull UUID providerId,
        @NotBlank @Size(max = 200) String providerName,
        @Nullable Instant occurredAt,
        @Nullable @Valid PriceChange price,
        @Nullable @Valid SlaChange sla,
        @Nullable @Valid ClaimChange claim,
        @Nullable UUID ownerAccountId,
        @Nullable @Valid Rating rating) {

    public enum Kind {
        PRICE_CHANGED,
        SLA_LOWERED,
        CLAIM_UNVERIFIED,
        /** a provider's first publication: saved-search alerts, never to {@code ownerAccountId} */
        PROVIDER_PUBLISHED,
        /** a published reference of 2 stars or less (review-service) */
        LOW_RATING
    }

    @Serdeable
    public record Rating(
            @NotNull UUID referenceId, @Min(1) @Max(5) int stars) {}

    @Serdeable
    public record PriceChange(
            @NotBlank @Size(max = 200) String offerTitle,
            @NotNull @Positive BigDecimal oldPriceEur,
            @NotNull @Positive BigDecimal newPriceEur,
            @Nullable BigDecimal changePercent,
            @NotNull LocalDate effectiveFrom,
            @Nullable Integer noticeDays,
            @Min(0) @Max(3650) int promisedNoticeDays,
            boolean noticeKept) {}

    @Serdeable
    public record SlaChange(
            @NotBlank @Size(max = 20) String severity,
            @NotNull Integer oldResponseMinutes,
            @Nullable Integer newResponseMinutes) {}

    @Serdeable
    public record ClaimChange(@NotBlank @Size(max = 50) String topic) {}
}
