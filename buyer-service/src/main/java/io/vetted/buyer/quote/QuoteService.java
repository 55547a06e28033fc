package io.vetted.buyer.quote;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.vetted.buyer.requirements.RequirementsService;
import io.vetted.buyer.shortlist.ShortlistQuotes;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The buyer's side: every lookup is by id and account together, so others' requests answer 404. */
@Singleton
class QuoteService {

    private final QuoteRepository quotes;
    private final QuoteMessageRepository messages;
    private final ShortlistQuotes shortlists;
    private final RequirementsService requirements;
    private final QuoteViews views;
    private final QuoteConfiguration config;
    private final JdbcOperations jdbc;
    private final QuoteNotices notices;

    QuoteService(
            QuoteRepository quotes,
            QuoteMessageRepository messages,
            ShortlistQuotes shortlists,
            RequirementsService requirements,
            QuoteViews views,
            QuoteConfiguration config,
            JdbcOperations jdbc,
            QuoteNotices notices) {
        this.quotes = quotes;
        this.messages = messages;
        this.shortlists = shortlists;
        this.requirements = requirements;
        this.views = views;
        this.config = config;
        this.jdbc = jdbc;
        this.notices = notices;
    }

    /**
     * Sends to each provider (id → its published name) that has no open request from this
     * shortlist yet; an open one is returned as it is, so a retried send sends nothing twice.
     */
    @Transactional
    Sent send(UUID account, UUID shortlistId, Map<UUID, String> providers, QuotePayloads.Send request, Buyer buyer) {
        shortlists.requireOwned(shortlistId, account);
        // concurrent sends of one account take turns, so none slips past the daily limit
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 2))", statement -> {
            statement.setString(1, "quotes:" + account);
            statement.executeQuery().close();
            return null;
        });
        List<Quote> result = new ArrayList<>();
        List<UUID> fresh = new ArrayList<>();
        for (UUID provider : providers.keySet()) {
            quotes.findByShortlistIdAndProviderIdAndStatus(shortlistId, provider, QuoteStatus.OPEN)
                    .ifPresentOrElse(result::add, () -> fresh.add(provider));
        }
        long sentToday = quotes.countByAccountIdAndCreatedAtGreaterThan(
                account, Instant.now().minus(Duration.ofHours(24)));
        if (sentToday + fresh.size() > config.dailyLimit()) {
            throw ApiProblems.status(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "An account may send " + config.dailyLimit() + " quote requests in 24 hours; you have sent "
                            + sentToday + ", so " + fresh.size() + " more would be too many. Try again tomorrow.");
        }
        String snapshot = views.snapshot(requirements.of(account));
        for (UUID provider : fresh) {
            Quote saved = quotes.save(new Quote(
                    UUID.randomUUID(),
                    account,
                    shortlistId,
                    provider,
                    providers.get(provider),
                    blankToNull(request.company()),
                    request.message().strip(),
                    snapshot,
                    buyer.name(),
                    buyer.email(),
                    null,
                    QuoteStatus.OPEN,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            notices.requested(saved);
            result.add(saved);
            shortlists.markRequested(shortlistId, provider);
        }
        return new Sent(result.stream().map(q -> views.forBuyer(q, null)).toList(), !fresh.isEmpty());
    }

    @Transactional
    List<QuotePayloads.BuyerQuote> all(UUID account) {
        return quotes.findByAccountIdOrderByCreatedAtDesc(account).stream()
                .map(q -> views.forBuyer(q, null))
                .toList();
    }

    @Transactional
    List<Quote> ofShortlist(UUID account, UUID shortlistId) {
        shortlists.requireOwned(shortlistId, account);
        return quotes.findByShortlistIdAndAccountIdOrderByCreatedAt(shortlistId, account);
    }

    boolean isOnList(UUID shortlistId, UUID providerId) {
        return shortlists.isOnList(shortlistId, providerId);
    }

    @Transactional
    QuotePayloads.BuyerQuote one(UUID account, UUID id) {
        Quote quote = require(account, id);
        return views.forBuyer(quote, messages.findByQuoteRequestIdOrderByCreatedAt(id));
    }

    @Transactional
    QuotePayloads.BuyerQuote reveal(UUID account, UUID id) {
        Quote quote = require(account, id);
        if (quote.revealedAt() == null) {
            quote = quotes.update(quote.revealed(Instant.now()));
        }
        return views.forBuyer(quote, messages.findByQuoteRequestIdOrderByCreatedAt(id));
    }

    @Transactional
    QuotePayloads.BuyerQuote post(UUID account, UUID id, String body) {
        Quote quote = require(account, id);
        Threads.post(messages, config, quote, Side.BUYER, account, body);
        notices.messaged(quote, Side.BUYER, account);
        return views.forBuyer(quote, messages.findByQuoteRequestIdOrderByCreatedAt(id));
    }

    private Quote require(UUID account, UUID id) {
        return quotes.findByIdAndAccountId(id, account)
                .orElseThrow(() -> ApiProblems.notFound("No quote request with id " + id + " on your account"));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record Buyer(String name, String email) {}

    record Sent(List<QuotePayloads.BuyerQuote> quotes, boolean anyNew) {}
}
