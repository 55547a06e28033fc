package io.vetted.support.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.vetted.support.logging.LoggedPaths;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No connection for a transaction or a repository call: 503 with {@code Retry-After} when the pool
 * timed out ({@link DatabaseBusy}), otherwise a 500 that says nothing about the database.
 */
@Singleton
@Produces
@Requires(classes = CannotGetJdbcConnectionException.class)
final class ConnectionUnavailableHandler
        implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionUnavailableHandler.class);

    private final DatabaseBusy busy;

    ConnectionUnavailableHandler(DatabaseBusy busy) {
        this.busy = busy;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        DatabaseBusy.Reason reason = DatabaseBusy.reason(exception);
        if (reason != null) {
            LOG.warn(
                    "Database unavailable ({}) for {} {}",
                    reason,
                    request.getMethod(),
                    LoggedPaths.of(request.getPath()));
            return busy.answer(request, reason);
        }
        LOG.error(
                "No database connection for {} {}", request.getMethod(), LoggedPaths.of(request.getPath()), exception);
        return busy.failed(request);
    }
}
