package io.vetted.buyer.requirements;

/** The after-hours level needed, with vendor-service's SLA codes: none, someone on call, a staffed 24/7 desk. */
public enum AfterHours {
    NONE,
    ON_CALL,
    TWENTY_FOUR_SEVEN
}
