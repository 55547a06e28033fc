package io.vetted.review.reference;

/**
 * PUBLISHED shows and counts; UNDER_REVIEW (quarantine: a fraud flag is open) shows with the reason
 * and does not count until a moderator clears it; HIDDEN shows only the moderator's public reason;
 * WITHDRAWN is gone from every list.
 */
public enum ReferenceStatus {
    PUBLISHED,
    UNDER_REVIEW,
    HIDDEN,
    WITHDRAWN
}
