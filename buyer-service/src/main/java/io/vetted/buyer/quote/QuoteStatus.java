package io.vetted.buyer.quote;

/** A request waits for the provider's answer (OPEN) until it is answered, once (ANSWERED). */
public enum QuoteStatus {
    OPEN,
    ANSWERED
}
