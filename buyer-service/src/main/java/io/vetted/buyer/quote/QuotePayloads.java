package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.buyer.requirements.RequirementsResponse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The quote routes' wire records, for both sides. */
public final class QuotePayloads {

    private QuotePayloads() {}

    /** Ask some of a shortlist's providers for a quote; {@code company} is what the provider may see of the buyer. */
    @Serdeable
    public record Send(
            @NotEmpty @Size(max = 10) List<@NotNull UUID> providerIds,
            @NotBlank @Size(max = 2000) String message,
            @Nullable @Size(max = 120) String company) {}

    /** A provider's one answer; {@code monthlyAmountEur} is required for a MONTHLY_FIXED price. */
    @Serdeable
    public record Answer(
            @NotNull PricingModel pricingModel,

            @Nullable @DecimalMin("0.01") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
            BigDecimal monthlyAmountEur,

            @NotBlank @Size(max = 2000) String includedServices,
            @NotNull @Min(1) @Max(43200) Integer criticalResponseMinutes,
            @NotNull AfterHours afterHours,
            @NotNull @Min(0) @Max(365) Integer priceChangeNoticeDays,
            @Nullable @Size(max = 2000) String terms) {}

    @Serdeable
    public record NewMessage(@NotBlank @Size(max = 2000) String body) {}

    @Serdeable
    public record Message(Side from, String body, Instant sentAt) {}

    /** The buyer's contact details, once it chose to reveal them. */
    @Serdeable
    public record Contact(@Nullable String name, @Nullable String email) {}

    /** A request as its buyer sees it; {@code messages} only when one request is read. */
    @Serdeable
    public record BuyerQuote(
            UUID id,
            UUID shortlistId,
            UUID providerId,
            String providerName,
            @Nullable String company,
            String message,
            QuoteStatus status,
            boolean revealed,
            @Nullable Answer answer,
            @Nullable Instant answeredAt,
            Instant createdAt,
            @Nullable List<Message> messages) {}

    /** A request as the provider sees it: no buyer name or email until {@code buyer} is revealed. */
    @Serdeable
    public record InboxQuote(
            UUID id,
            @Nullable String company,
            String message,
            RequirementsResponse requirements,
            QuoteStatus status,
            @Nullable Contact buyer,
            @Nullable Answer answer,
            @Nullable Instant answeredAt,
            Instant createdAt,
            @Nullable List<Message> messages) {}

    /**
     * What the provider's public profile says, to read beside its answer: the published critical
     * response and after-hours level, the range of its monthly fixed fees for the buyer's fleet, and
     * the shortest price-change notice among its offers. Null figures are not published.
     */
    @Serdeable
    public record Profile(
            @Nullable Integer criticalResponseMinutes,
            @Nullable AfterHours afterHours,
            @Nullable BigDecimal monthlyFromEur,
            @Nullable BigDecimal monthlyToEur,
            @Nullable Integer priceChangeNoticeDays) {}

    /** An answer beside the profile; {@code profile} is null when vendor-service could not be read. */
    @Serdeable
    public record Compared(BuyerQuote quote, @Nullable Profile profile, List<Contradiction> contradictions) {}

    @Serdeable
    public record Comparison(UUID shortlistId, List<Compared> quotes) {}
}
