package io.vetted.review.limits;

import java.time.Duration;

/** The account (or address) already did {@code activity} the most times allowed in 24 hours; nothing was written. */
public class DailyLimitReached extends RuntimeException {

    private final int limit;
    private final String activity;
    private final Duration retryAfter;

    public DailyLimitReached(int limit, String activity, Duration retryAfter) {
        super(null, null, false, false);
        this.limit = limit;
        this.activity = activity;
        this.retryAfter = retryAfter;
    }

    public int limit() {
        return limit;
    }

    public String activity() {
        return activity;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
