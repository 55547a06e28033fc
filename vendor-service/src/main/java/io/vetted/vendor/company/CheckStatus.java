package io.vetted.vendor.company;

public enum CheckStatus {
    PENDING,
    ACCEPTED,
    REJECTED,
    /** The SIREN changed before a moderator looked: the request no longer applies. */
    SUPERSEDED
}
