package io.vetted.buyer.requirements;

/**
 * How far the buyer trusts a certification claim: only one a moderator verified, or the provider's
 * own declaration too (the design's "who vouched" principle).
 */
public enum CertificationLevel {
    VERIFIED_ONLY,
    DECLARED_ACCEPTABLE
}
