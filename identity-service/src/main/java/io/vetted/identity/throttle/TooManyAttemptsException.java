package io.vetted.identity.throttle;

import java.time.Duration;

/** An attempt refused by a throttle; answered 429 with {@code Retry-After}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many attempts", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
