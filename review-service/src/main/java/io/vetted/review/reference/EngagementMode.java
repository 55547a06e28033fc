package io.vetted.review.reference;

/** How the provider worked with the client. */
public enum EngagementMode {
    REMOTE,
    ON_SITE,
    HYBRID
}
