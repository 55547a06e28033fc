package io.vetted.vendor.provider;

/**
 * Why a moderator took a profile off line, as a code the site words in its reader's language; the
 * moderator's own words go with it.
 */
public enum UnpublishedReason {
    /** A moderator decided that the SIREN the profile used belongs to another profile. */
    SIREN_CONTEST_LOST,
    /** A moderator refused a change of name, SIREN or website of a published profile. */
    IDENTITY_CHANGE
}
