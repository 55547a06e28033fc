package io.vetted.web.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** buyer-service's quote routes, called as the signed-in visitor (VisitorTokenForwarding). */
@Client(id = "buyer")
public interface QuoteClient {

    /** @return null for a shortlist that is not the visitor's */
    @Nullable
    @Get("/api/buyer/shortlists/{id}")
    Shortlist shortlist(@PathVariable UUID id);

    @Post("/api/buyer/shortlists/{id}/quote-requests")
    List<BuyerQuote> send(@PathVariable UUID id, @Body Send request);

    @Nullable
    @Get("/api/buyer/shortlists/{id}/quote-requests")
    Comparison compare(@PathVariable UUID id);

    @Get("/api/buyer/quote-requests")
    List<BuyerQuote> quotes();

    @Nullable
    @Get("/api/buyer/quote-requests/{id}")
    BuyerQuote quote(@PathVariable UUID id);

    @Post("/api/buyer/quote-requests/{id}/reveal")
    BuyerQuote reveal(@PathVariable UUID id, @Body Map<String, Object> empty);

    @Post("/api/buyer/quote-requests/{id}/messages")
    BuyerQuote post(@PathVariable UUID id, @Body NewMessage message);

    @Get("/api/quote-inbox")
    List<InboxQuote> inbox();

    @Nullable
    @Get("/api/quote-inbox/{id}")
    InboxQuote request(@PathVariable UUID id);

    @Put("/api/quote-inbox/{id}/answer")
    InboxQuote answer(@PathVariable UUID id, @Body Answer answer);

    @Post("/api/quote-inbox/{id}/messages")
    InboxQuote reply(@PathVariable UUID id, @Body NewMessage message);

    @Serdeable
    record Shortlist(UUID id, String name, List<Entry> entries) {}

    @Serdeable
    record Entry(UUID providerId, String status) {}

    @Serdeable
    record Send(
            List<UUID> providerIds,
            String message,
            @Nullable String company) {}

    @Serdeable
    record NewMessage(String body) {}

    @Serdeable
    record Answer(
            @Nullable String pricingModel,
            @Nullable BigDecimal monthlyAmountEur,
            @Nullable String includedServices,
            @Nullable Integer criticalResponseMinutes,
            @Nullable String afterHours,
            @Nullable Integer priceChangeNoticeDays,
            @Nullable String terms) {}

    @Serdeable
    record Message(String from, String body, Instant sentAt) {}

    @Serdeable
    record Contact(@Nullable String name, @Nullable String email) {}

    @Serdeable
    record BuyerQuote(
            UUID id,
            UUID shortlistId,
            UUID providerId,
            String providerName,
            @Nullable String company,
            String message,
            String status,
            boolean revealed,
            @Nullable Answer answer,
            @Nullable Instant answeredAt,
            Instant createdAt,
            @Nullable List<Message> messages) {}

    @Serdeable
    record Fleet(
            @Nullable Integer users,
            @Nullable Integer workstations,
            @Nullable Integer servers) {}

    /** The part of the buyer's requirements the provider's page shows. */
    @Serdeable
    record Requirements(
            @Nullable Fleet fleet,
            @Nullable List<String> departments,
            @Nullable List<String> specialties,
            @Nullable String afterHours,
            @Nullable Integer maxCriticalResponseMinutes,
            @Nullable BigDecimal maxMonthlyBudgetEur) {}

    @Serdeable
    record InboxQuote(
            UUID id,
            @Nullable String company,
            String message,
            Requirements requirements,
            String status,
            @Nullable Contact buyer,
            @Nullable Answer answer,
            @Nullable Instant answeredAt,
            Instant createdAt,
            @Nullable List<Message> messages) {}

    @Serdeable
    record Profile(
            @Nullable Integer criticalResponseMinutes,
            @Nullable String afterHours,
            @Nullable BigDecimal monthlyFromEur,
            @Nullable BigDecimal monthlyToEur,
            @Nullable Integer priceChangeNoticeDays) {}

    @Serdeable
    record Compared(BuyerQuote quote, @Nullable Profile profile, List<String> contradictions) {}

    @Serdeable
    record Comparison(UUID shortlistId, List<Compared> quotes) {}
}
