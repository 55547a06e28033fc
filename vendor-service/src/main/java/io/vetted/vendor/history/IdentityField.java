package io.vetted.vendor.history;

/** The parts of a profile that say who the provider is: their changes stay on record. */
public enum IdentityField {
    NAME,
    SIREN,
    WEBSITE
}
