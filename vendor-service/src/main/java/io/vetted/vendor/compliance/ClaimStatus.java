package io.vetted.vendor.compliance;

/** Whether a claim rests on the provider's word or a moderator checked its evidence. */
public enum ClaimStatus {
    SELF_DECLARED,
    VERIFIED
}
