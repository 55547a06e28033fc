package io.vetted.review.reference;

import java.time.Duration;

/** The author already published the most references allowed in 24 hours; nothing was written. */
public class DailyLimitReached extends RuntimeException {

    private final int limit;
    private final Duration retryAfter;

    DailyLimitReached(int limit, Duration retryAfter) {
        super(null, null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public int limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
