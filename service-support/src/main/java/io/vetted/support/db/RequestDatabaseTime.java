package io.vetted.support.db;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import io.micronaut.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time a request's statements have taken so far, against its budget, carried with the
 * request's context onto whatever thread runs it. Only time spent in the database counts: a
 * password hash on a busy machine is not the database being slow. Work handed off in a fresh
 * context (jobs, relays, work done after the answer) carries none and is not bounded.
 */
public final class RequestDatabaseTime implements PropagatedContextElement {

    static final String ATTRIBUTE = RequestDatabaseTime.class.getName();

    private final long budgetNanos;
    private final AtomicLong spentNanos = new AtomicLong();

    private RequestDatabaseTime(Duration budget) {
        this.budgetNanos = budget.toNanos();
    }

    public static RequestDatabaseTime of(Duration budget) {
        return new RequestDatabaseTime(budget);
    }

    /** The database time of a request, once {@link RequestDatabaseTimeFilter} has given it one. */
    public static Optional<RequestDatabaseTime> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestDatabaseTime.class);
    }

    /** The budget of the request the current thread serves, if it serves one. */
    static Optional<RequestDatabaseTime> current() {
        return PropagatedContext.find().flatMap(context -> context.find(RequestDatabaseTime.class));
    }

    Duration remaining() {
        return Duration.ofNanos(budgetNanos - spentNanos.get());
    }

    void spent(long nanos) {
        spentNanos.addAndGet(nanos);
    }

    /**
     * Whether the request ran a statement: only then does its answer say how the database is. Each
     * statement's round trip adds to the time spent, so none spent means none ran.
     */
    public boolean reachedDatabase() {
        return spentNanos.get() > 0;
    }
}
