package io.vetted.buyer.quote;

import io.vetted.support.problem.ApiProblems;
import java.util.UUID;

/** Posting to a request's thread, the same rule for both sides; runs in the caller's transaction. */
final class Threads {

    private Threads() {}

    static void post(
            QuoteMessageRepository messages,
            QuoteConfiguration config,
            Quote quote,
            Side side,
            UUID author,
            String body) {
        ContactDetails.refuseUnlessRevealed(quote, "body", body);
        if (messages.countByQuoteRequestId(quote.id()) >= config.messagesPerRequest()) {
            throw ApiProblems.conflict("This conversation already holds " + config.messagesPerRequest()
                    + " messages, the most it may; continue it by email once contact details are shared.");
        }
        messages.save(new QuoteMessage(UUID.randomUUID(), quote.id(), side, author, body.strip(), null, null, null));
    }
}
