package io.vetted.review.moderation;

/**
 * What a moderation case is waiting on; its risk is the sum of its kinds' risks, so one linked
 * account outranks any number of bursts: a flood of low-risk flags never hides a high-risk one.
 */
public enum CaseKind {
    BURST(FlagKind.BURST.risk()),
    NEAR_DUPLICATE(FlagKind.NEAR_DUPLICATE.risk()),
    NEW_ACCOUNTS(FlagKind.NEW_ACCOUNTS.risk()),
    MEMBERSHIP_UNCHECKED(FlagKind.MEMBERSHIP_UNCHECKED.risk()),
    LINKED_ACCOUNTS(FlagKind.LINKED_ACCOUNTS.risk()),
    COMPANY_MISMATCH(FlagKind.COMPANY_MISMATCH.risk()),
    REAPPEARED(FlagKind.REAPPEARED.risk()),
    REPORT(20),
    REPLY_REPORT(10),
    DISPUTE(30),
    EVIDENCE(20);

    private final int risk;

    CaseKind(int risk) {
        this.risk = risk;
    }

    public int risk() {
        return risk;
    }
}
