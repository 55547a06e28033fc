package io.vetted.review.reference;

/**
 * What a reader is told about how far a reference was checked, and by whom ({@link #vouchedBy()}).
 * Only CLIENT_VERIFIED and EVIDENCE_CHECKED are independent and count as "verified"; the provider's
 * invitation and confirmation are its own word. NOT_VERIFIED: nothing independent stands (yet).
 */
public enum Label {
    INVITED_BY_PROVIDER(Voucher.PROVIDER),
    ENGAGEMENT_CONFIRMED(Voucher.PROVIDER),
    CLIENT_VERIFIED(Voucher.VETTED),
    EVIDENCE_CHECKED(Voucher.MODERATOR),
    NOT_VERIFIED(Voucher.NOBODY),
    UNDER_DISPUTE(Voucher.PROVIDER);

    /** Who stands behind a label: the provider, Vetted's automatic checks (register, domain, linkage), a moderator, or nobody. */
    public enum Voucher {
        PROVIDER,
        VETTED,
        MODERATOR,
        NOBODY
    }

    private final Voucher vouchedBy;

    Label(Voucher vouchedBy) {
        this.vouchedBy = vouchedBy;
    }

    public Voucher vouchedBy() {
        return vouchedBy;
    }

    public boolean independent() {
        return this == CLIENT_VERIFIED || this == EVIDENCE_CHECKED;
    }
}
