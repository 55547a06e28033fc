package io.vetted.vendor.search;

/**
 * What a price is counted by, so that a ceiling compares like with like: an hourly rate, a flat
 * monthly fee, a monthly fee per seat or per device, a call-out fee, or a project quoted on request.
 */
public enum PriceBasis {
    HOURLY("hourly"),
    MONTHLY_FLAT("monthly_flat"),
    PER_SEAT("per_seat"),
    PER_DEVICE("per_device"),
    PER_INTERVENTION("per_intervention"),
    PROJECT(null);

    private final String column;

    PriceBasis(String column) {
        this.column = column;
    }

    /** The search-row column prefix ({@code hourly} for {@code hourly_price}, {@code hourly_sort}); null for PROJECT. */
    String column() {
        return column;
    }
}
