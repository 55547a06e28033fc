package io.vetted.vendor.reputation;

/** The rating criteria review-service averages; others it may send later are ignored until known here. */
public enum Criterion {
    OBJECTIVES,
    RESPONSIVENESS,
    AFTER_HOURS,
    PROFESSIONALISM,
    COMMUNICATION,
    BILLING,
    DATA_SECURITY;

    static boolean known(String name) {
        for (Criterion criterion : values()) {
            if (criterion.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
