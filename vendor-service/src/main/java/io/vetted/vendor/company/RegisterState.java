package io.vetted.vendor.company;

/** What the public company register said about a SIREN, last time it was asked. */
public enum RegisterState {
    /** Not asked yet: the check runs right after the save, and again until the register answers. */
    PENDING,
    /** Listed as an active company ("etat_administratif" A). */
    ACTIVE,
    /** Listed, but ceased ("etat_administratif" C). */
    CLOSED,
    /** The register answered and does not know this SIREN. */
    NOT_FOUND,
    /** The register did not answer in time or failed; asked again later with back-off. */
    UNAVAILABLE
}
