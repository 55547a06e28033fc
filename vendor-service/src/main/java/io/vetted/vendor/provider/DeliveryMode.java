package io.vetted.vendor.provider;

public enum DeliveryMode {
    REMOTE,
    ON_SITE
}
