package io.vetted.review.reference;

/** What a substantive edit changed (docs/trust.md): each of these takes back the confirmations. */
public enum Change {
    RATING,
    CRITERIA,
    COMPANY,
    DATES,
    SERVICES
}
