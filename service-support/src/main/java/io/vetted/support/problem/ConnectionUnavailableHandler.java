package io.vetted.support.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
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

    private final ErrorResponseProcessor<?> processor;

    ConnectionUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        if (DatabaseBusy.causedIt(exception)) {
            LOG.warn(
                    "No database connection in time for {} {}", request.getMethod(), LoggedPaths.of(request.getPath()));
            return DatabaseBusy.answer(request, processor);
        }
        LOG.error(
                "No database connection for {} {}", request.getMethod(), LoggedPaths.of(request.getPath()), exception);
        return DatabaseBusy.failed(request, processor);
    }
}
