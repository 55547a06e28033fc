package io.vetted.review.reference;

/** Whether the client saw the provider hand work to subcontractors. */
public enum Subcontracting {
    YES,
    NO,
    UNKNOWN
}
