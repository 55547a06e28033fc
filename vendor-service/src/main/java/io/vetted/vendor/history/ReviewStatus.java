package io.vetted.vendor.history;

/** A moderator's look at a change made to a published profile. */
public enum ReviewStatus {
    PENDING,
    ACCEPTED,
    /** The moderator took the profile off line, with a reason its owner reads. */
    UNPUBLISHED
}
