package io.vetted.vendor.provider;

public enum ProviderKind {
    FREELANCE,
    AGENCY
}
