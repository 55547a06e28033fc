package io.vetted.buyer.quote;

/** Who wrote a message in a request's thread. */
public enum Side {
    BUYER,
    PROVIDER
}
