package io.vetted.review.trust;

/**
 * Where "client verified by Vetted" stands for one reference: VERIFIED, or why not. PENDING follows
 * a substantive edit and UNCHECKED a check that could not complete (register or another service
 * down); the verification job checks both again.
 */
public enum ClientCheck {
    VERIFIED,
    PENDING,
    UNCHECKED,
    NO_SIREN,
    SIREN_NOT_FOUND,
    COMPANY_CEASED,
    NAME_MISMATCH,
    FREE_MAIL,
    DOMAIN_MISMATCH,
    LINKED;

    public boolean due() {
        return this == PENDING || this == UNCHECKED;
    }
}
