package io.vetted.vendor.contest;

/** The profile holding the SIREN, or the one claiming it. */
public enum ContestSide {
    CLAIMANT,
    HOLDER
}
