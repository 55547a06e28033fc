package io.vetted.vendor.company;

/** A SIREN is the provider's word until both the register and a moderator vouch for it. */
public enum CompanyStatus {
    DECLARED,
    /** The register lists it as an active company and a moderator checked a Kbis or a mail from its domain. */
    VERIFIED
}
