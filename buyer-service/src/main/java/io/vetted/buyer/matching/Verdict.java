package io.vetted.buyer.matching;

/** How a provider stands against one requirement. */
public enum Verdict {
    MEETS,
    PARTLY,
    DOES_NOT
}
