package io.vetted.vendor.search;

/** How results are ordered; RELEVANCE needs typed text and falls back to RATING without it. */
public enum SearchSort {
    RELEVANCE,
    RATING,
    PRICE,
    RESPONSE_TIME,
    VERIFIED_REFERENCES
}
