package io.vetted.vendor.offer;

public enum PricingModel {
    /** EUR per hour. */
    HOURLY,
    /** A fixed EUR amount per month: flat, per seat or per device (see {@link PriceUnit}). */
    MONTHLY_FIXED,
    /** A call-out fee per intervention. */
    PER_INTERVENTION,
    /** Quoted on request; no public price. */
    PROJECT
}
