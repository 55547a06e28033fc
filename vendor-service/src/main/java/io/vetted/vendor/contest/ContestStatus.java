package io.vetted.vendor.contest;

public enum ContestStatus {
    OPEN,
    DECIDED,
    /** Another contest on the same SIREN was decided first: this one no longer applies. */
    SUPERSEDED
}
