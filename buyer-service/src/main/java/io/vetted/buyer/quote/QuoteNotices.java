package io.vetted.buyer.quote;

import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Tells the other side of a quote request what happened: queued in the outbox in the transaction
 * that makes the change, so a request sent is always told and a refused one never is. Each event
 * has its own id, which identity-service applies once per account however often it is relayed.
 */
@Singleton
class QuoteNotices {

    private final Outbox outbox;

    QuoteNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A new request: the provider's owner and team are told. */
    @Transactional(Transactional.TxType.MANDATORY)
    void requested(Quote quote) {
        queue(
                quote,
                Side.PROVIDER,
                quote.accountId(),
                "Nouvelle demande de devis",
                "New quote request",
                "Une entreprise vous demande un devis sur Vetted. Lisez sa demande et répondez-y depuis vos"
                        + " demandes de devis.",
                "A company asks you for a quote on Vetted. Read its request and answer it from your quote requests.");
    }

    /** The provider's answer: the buyer is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    void answered(Quote quote, UUID actor) {
        String name = quote.providerName();
        queue(
                quote,
                Side.BUYER,
                actor,
                name + " a répondu à votre demande de devis",
                name + " answered your quote request",
                name + " a répondu à votre demande de devis. Comparez sa réponse avec son profil public sur Vetted.",
                name + " answered your quote request. Compare its answer with its public profile on Vetted.");
    }

    /** A message in the thread: the side that did not write it is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    void messaged(Quote quote, Side author, UUID actor) {
        String name = quote.providerName();
        if (author == Side.PROVIDER) {
            queue(
                    quote,
                    Side.BUYER,
                    actor,
                    "Nouveau message de " + name,
                    "New message from " + name,
                    name + " vous a écrit à propos de votre demande de devis.",
                    name + " wrote to you about your quote request.");
        } else {
            queue(
                    quote,
                    Side.PROVIDER,
                    actor,
                    "Nouveau message sur une demande de devis",
                    "New message on a quote request",
                    "L'entreprise qui vous a demandé un devis vous a écrit.",
                    "The company that asked you for a quote wrote to you.");
        }
    }

    private void queue(
            Quote quote, Side recipient, UUID actor, String subjectFr, String subjectEn, String bodyFr, String bodyEn) {
        String link = (recipient == Side.BUYER ? "/my/quotes/" : "/my/quote-inbox/") + quote.id();
        outbox.enqueue(
                quote.id(),
                QuoteNotice.EVENT_TYPE,
                new QuoteNotice(
                        UUID.randomUUID(),
                        quote.id(),
                        recipient,
                        recipient == Side.BUYER ? quote.accountId() : null,
                        quote.providerId(),
                        actor,
                        subjectFr,
                        subjectEn,
                        bodyFr,
                        bodyEn,
                        link));
    }
}
