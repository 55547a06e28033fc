package io.vetted.review.moderation;

/** UPHELD: the engagement did not happen, the reference is hidden. REJECTED: it stays, the label goes. */
public enum DisputeOutcome {
    UPHELD,
    REJECTED
}
