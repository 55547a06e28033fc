package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.vetted.buyer.requirements.RequirementsResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Stored requests turned into what each side may read. */
@Singleton
class QuoteViews {

    private final ObjectMapper json;

    QuoteViews(ObjectMapper json) {
        this.json = json;
    }

    String snapshot(RequirementsResponse requirements) {
        try {
            return json.writeValueAsString(requirements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RequirementsResponse requirements(Quote quote) {
        try {
            return json.readValue(quote.requirements(), RequirementsResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    QuotePayloads.BuyerQuote forBuyer(Quote q, @Nullable List<QuoteMessage> thread) {
        return new QuotePayloads.BuyerQuote(
                q.id(),
                q.shortlistId(),
                q.providerId(),
                q.providerName(),
                q.company(),
                q.message(),
                q.status(),
                q.revealedAt() != null,
                answer(q),
                q.answeredAt(),
                q.createdAt(),
                messages(thread));
    }

    QuotePayloads.InboxQuote forProvider(Quote q, @Nullable List<QuoteMessage> thread) {
        // the buyer's name and email only once the buyer chose to reveal them
        var buyer = q.revealedAt() == null ? null : new QuotePayloads.Contact(q.buyerName(), q.buyerEmail());
        return new QuotePayloads.InboxQuote(
                q.id(),
                q.company(),
                q.message(),
                requirements(q),
                q.status(),
                buyer,
                answer(q),
                q.answeredAt(),
                q.createdAt(),
                messages(thread));
    }

    @Nullable
    static QuotePayloads.Answer answer(Quote q) {
        if (q.status() != QuoteStatus.ANSWERED) {
            return null;
        }
        return new QuotePayloads.Answer(
                q.pricingModel(),
                q.monthlyAmountEur(),
                q.includedServices(),
                q.criticalResponseMinutes(),
                q.afterHours(),
                q.priceChangeNoticeDays(),
                q.terms());
    }

    @Nullable
    private static List<QuotePayloads.Message> messages(@Nullable List<QuoteMessage> thread) {
        return thread == null
                ? null
                : thread.stream()
                        .map(m -> new QuotePayloads.Message(m.side(), m.body(), m.createdAt()))
                        .toList();
    }
}
