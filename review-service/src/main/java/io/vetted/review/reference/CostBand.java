package io.vetted.review.reference;

/** What the engagement cost the client each month, excluding VAT, in euros. */
public enum CostBand {
    UNDER_500,
    FROM_500_TO_1500,
    FROM_1500_TO_5000,
    OVER_5000
}
