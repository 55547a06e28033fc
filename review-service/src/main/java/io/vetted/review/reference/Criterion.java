package io.vetted.review.reference;

import java.util.Arrays;
import java.util.Optional;

/** The aspects a client rates from 1 to 5, each stored in its own column. */
public enum Criterion {
    OBJECTIVES("criteria_objectives"),
    RESPONSIVENESS("criteria_responsiveness"),
    AFTER_HOURS("criteria_after_hours"),
    PROFESSIONALISM("criteria_professionalism"),
    COMMUNICATION("criteria_communication"),
    BILLING("criteria_billing"),
    DATA_SECURITY("criteria_data_security");

    private final String column;

    Criterion(String column) {
        this.column = column;
    }

    /** The column holding this rating; a constant, so safe to place in SQL. */
    public String column() {
        return column;
    }

    public static Optional<Criterion> named(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }
}
