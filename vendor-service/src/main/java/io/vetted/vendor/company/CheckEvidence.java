package io.vetted.vendor.company;

/** What a moderator checks to confirm a company: its Kbis extract, or a mail from an address at its domain. */
public enum CheckEvidence {
    KBIS,
    DOMAIN_MAIL
}
