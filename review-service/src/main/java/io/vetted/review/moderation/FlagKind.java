package io.vetted.review.moderation;

/**
 * Why a reference was put in front of moderators without anyone reporting it. A fraud flag
 * ({@link #quarantines()}) holds the reference "under review", out of the reputation, until a
 * moderator decides; {@code risk} orders the moderation queue.
 */
public enum FlagKind {
    BURST(true, 10, "Many references reached this provider within 24 hours."),
    NEAR_DUPLICATE(true, 30, "Its text is nearly identical to another reference."),
    NEW_ACCOUNTS(true, 15, "Several references on this provider this week come from accounts new to Vetted."),
    MEMBERSHIP_UNCHECKED(false, 5, "Written while the author's link to the provider's team could not be checked."),
    LINKED_ACCOUNTS(true, 60, "Its author appears connected to the provider (shared device, network or domain)."),
    COMPANY_MISMATCH(true, 40, "The company named does not match the public company register."),
    REAPPEARED(true, 50, "Its author's earlier reference on this provider was hidden by a moderator.");

    private final boolean quarantines;
    private final int risk;
    private final String explanation;

    FlagKind(boolean quarantines, int risk, String explanation) {
        this.quarantines = quarantines;
        this.risk = risk;
        this.explanation = explanation;
    }

    public boolean quarantines() {
        return quarantines;
    }

    public int risk() {
        return risk;
    }

    /** The reason in plain words, as readers and the author see it (English; web-ui translates by kind). */
    public String explanation() {
        return explanation;
    }
}
