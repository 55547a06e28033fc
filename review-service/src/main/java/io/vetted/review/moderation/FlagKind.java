package io.vetted.review.moderation;

/** Why a reference was put in front of moderators without anyone reporting it. */
public enum FlagKind {
    BURST,
    NEAR_DUPLICATE,
    NEW_ACCOUNTS,
    MEMBERSHIP_UNCHECKED
}
