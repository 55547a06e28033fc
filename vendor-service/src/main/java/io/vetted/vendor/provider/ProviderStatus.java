package io.vetted.vendor.provider;

/** A draft is visible only to its owner; a published profile to everyone. */
public enum ProviderStatus {
    DRAFT,
    PUBLISHED
}
