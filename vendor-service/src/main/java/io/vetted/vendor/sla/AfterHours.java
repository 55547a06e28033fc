package io.vetted.vendor.sla;

/** Whether anyone answers outside support hours: nobody, someone on call, or a staffed 24/7 desk. */
public enum AfterHours {
    NONE,
    ON_CALL,
    TWENTY_FOUR_SEVEN
}
