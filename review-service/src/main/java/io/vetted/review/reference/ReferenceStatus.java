package io.vetted.review.reference;

/** PUBLISHED shows; HIDDEN shows only the moderator's public reason; WITHDRAWN is gone from every list. */
public enum ReferenceStatus {
    PUBLISHED,
    HIDDEN,
    WITHDRAWN
}
