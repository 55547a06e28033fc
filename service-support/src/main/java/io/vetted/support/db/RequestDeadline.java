package io.vetted.support.db;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import java.time.Duration;
import java.util.Optional;

/**
 * The moment by which a request's database work must be done, carried with the request's context
 * onto whatever thread runs it. Work handed off in a fresh context (jobs, relays, work done after
 * the answer) carries none and is not bounded.
 */
public record RequestDeadline(long atNanos) implements PropagatedContextElement {

    public static RequestDeadline in(Duration budget) {
        return new RequestDeadline(System.nanoTime() + budget.toNanos());
    }

    /** What is left of the current request's budget, if the current thread serves a request. */
    static Optional<Duration> remaining() {
        return PropagatedContext.find()
                .flatMap(context -> context.find(RequestDeadline.class))
                .map(deadline -> Duration.ofNanos(deadline.atNanos() - System.nanoTime()));
    }
}
