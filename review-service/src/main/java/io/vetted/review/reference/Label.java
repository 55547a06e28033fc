package io.vetted.review.reference;

/** What a reader is told about how far a reference was checked. */
public enum Label {
    INVITED_BY_PROVIDER,
    ENGAGEMENT_CONFIRMED,
    NOT_VERIFIED,
    UNDER_DISPUTE
}
