package io.vetted.buyer.quote;

/** Who answers outside office hours, from least to most: the order matters to the contradiction flags. */
public enum AfterHours {
    NONE,
    ON_CALL,
    TWENTY_FOUR_SEVEN
}
