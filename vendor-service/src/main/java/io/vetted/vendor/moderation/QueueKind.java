package io.vetted.vendor.moderation;

/** What waits for a moderator about company identity. */
public enum QueueKind {
    /** A provider asked for its company to be checked (a Kbis, or a mail from its domain). */
    COMPANY_CHECK,
    /** A profile claims the SIREN another one holds. */
    SIREN_CONTEST,
    /** A published profile changed its name, SIREN or website. */
    IDENTITY_CHANGE
}
