package io.vetted.vendor.provider;

public enum PricingModel {
    /** EUR per hour. */
    HOURLY,
    /** A fixed EUR amount per month. */
    MONTHLY_FIXED
}
