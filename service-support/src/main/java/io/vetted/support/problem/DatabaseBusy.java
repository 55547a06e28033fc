package io.vetted.support.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A database too slow to hand out a connection within the pool's {@code connection-timeout}
 * (Hikari's {@link SQLTransientConnectionException}, however Micronaut Data wrapped it) answers 503
 * with {@code Retry-After} at once, instead of requests piling up behind it until the callers time
 * out; clients and the load balancer back off and try again. So does a connection lost under a
 * request (network cut, PostgreSQL stopped or restarting: SQLSTATE class 08, 57P01-57P03): the
 * transaction did not commit, or its outcome is unknown, and a client retries either way. So does a
 * statement refused or cancelled because the request spent its database budget (SQLSTATE 57014,
 * {@code DeadlineDataSource}): the transaction rolled back. So does a request that
 * {@link DatabaseBreaker} keeps away from a database that keeps failing. Each such answer is counted
 * by reason as {@code vetted_database_unavailable_total} on {@code /prometheus}.
 */
@Singleton
final class DatabaseBusy {

    /** Seconds a client should wait: about the pool's connection timeout, when a connection may be free. */
    static final String RETRY_AFTER_SECONDS = "2";

    enum Reason {
        POOL_TIMEOUT,
        CONNECTION_LOST,
        BUDGET_SPENT,
        BREAKER_OPEN
    }

    private final ErrorResponseProcessor<?> processor;
    private final DatabaseBreaker breaker;
    private final Map<Reason, Counter> answered = new EnumMap<>(Reason.class);

    DatabaseBusy(ErrorResponseProcessor<?> processor, DatabaseBreaker breaker, MeterRegistry meters) {
        this.processor = processor;
        this.breaker = breaker;
        for (Reason reason : Reason.values()) {
            answered.put(
                    reason,
                    Counter.builder("vetted.database.unavailable")
                            .description("Requests answered 503 because the database was unavailable, by reason")
                            .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    /** Why the database could not serve the request, or null when {@code error} is about something else. */
    static Reason reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return Reason.BUDGET_SPENT;
            }
            if (t instanceof SQLTransientConnectionException) {
                return Reason.POOL_TIMEOUT;
            }
            if (t instanceof SQLException sql && lost(sql.getSQLState())) {
                return Reason.CONNECTION_LOST;
            }
        }
        return null;
    }

    private static boolean lost(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }

    HttpResponse<?> answer(HttpRequest<?> request, Reason reason) {
        answered.get(reason).increment();
        if (reason == Reason.BUDGET_SPENT || reason == Reason.CONNECTION_LOST) {
            breaker.failed();
        }
        return processor.processResponse(
                ErrorContext.builder(request)
                        .cause(ApiProblems.unavailable("The service is busy; try again in a few seconds."))
                        .build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }

    /** Any other failure to get or keep a connection: a 500 that says nothing about the database. */
    HttpResponse<?> failed(HttpRequest<?> request) {
        return processor.processResponse(
                ErrorContext.builder(request)
                        .cause(ApiProblems.status(
                                HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed."))
                        .build(),
                HttpResponse.serverError());
    }
}
