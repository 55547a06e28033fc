package io.vetted.buyer.quote;

/** How an answer prices the work: the same models as vendor-service's offers. */
public enum PricingModel {
    MONTHLY_FIXED,
    HOURLY,
    PER_INTERVENTION,
    PROJECT
}
