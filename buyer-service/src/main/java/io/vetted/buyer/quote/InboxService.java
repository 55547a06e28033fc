package io.vetted.buyer.quote;

import io.vetted.buyer.shortlist.ShortlistQuotes;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The provider's side: a request addressed to another provider answers 404, as if it did not exist. */
@Singleton
class InboxService {

    private final QuoteRepository quotes;
    private final QuoteMessageRepository messages;
    private final ShortlistQuotes shortlists;
    private final QuoteViews views;
    private final QuoteConfiguration config;
    private final QuoteNotices notices;

    InboxService(
            QuoteRepository quotes,
            QuoteMessageRepository messages,
            ShortlistQuotes shortlists,
            QuoteViews views,
            QuoteConfiguration config,
            QuoteNotices notices) {
        this.quotes = quotes;
        this.messages = messages;
        this.shortlists = shortlists;
        this.views = views;
        this.config = config;
        this.notices = notices;
    }

    @Transactional
    List<QuotePayloads.InboxQuote> inbox(UUID provider) {
        return quotes.findByProviderIdOrderByCreatedAtDesc(provider).stream()
                .map(q -> views.forProvider(q, null))
                .toList();
    }

    @Transactional
    QuotePayloads.InboxQuote one(UUID provider, UUID id) {
        return views.forProvider(require(provider, id), messages.findByQuoteRequestIdOrderByCreatedAt(id));
    }

    @Transactional
    QuotePayloads.InboxQuote answer(UUID provider, UUID author, UUID id, QuotePayloads.Answer answer) {
        Quote quote = require(provider, id);
        if (quote.status() == QuoteStatus.ANSWERED) {
            throw ApiProblems.conflict("This request is already answered; an answer is given once. "
                    + "Write in the conversation to add anything.");
        }
        if (answer.pricingModel() == PricingModel.MONTHLY_FIXED && answer.monthlyAmountEur() == null) {
            throw ApiProblems.unprocessable("monthlyAmountEur", "is required for a fixed monthly fee");
        }
        Quote answered = quotes.update(quote.answered(answer, Instant.now()));
        shortlists.markReceived(quote.shortlistId(), quote.providerId());
        notices.answered(answered, author);
        return views.forProvider(answered, messages.findByQuoteRequestIdOrderByCreatedAt(id));
    }

    @Transactional
    QuotePayloads.InboxQuote post(UUID provider, UUID author, UUID id, String body) {
        Quote quote = require(provider, id);
        Threads.post(messages, config, quote, Side.PROVIDER, author, body);
        notices.messaged(quote, Side.PROVIDER, author);
        return views.forProvider(quote, messages.findByQuoteRequestIdOrderByCreatedAt(id));
    }

    private Quote require(UUID provider, UUID id) {
        return quotes.findByIdAndProviderId(id, provider)
                .orElseThrow(() -> ApiProblems.notFound("No quote request with id " + id + " for your provider"));
    }
}
