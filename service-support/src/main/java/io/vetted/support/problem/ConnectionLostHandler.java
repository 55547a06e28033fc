package io.vetted.support.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.vetted.support.logging.LoggedPaths;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection that failed while Micronaut Data set it up or gave it back (it died under the
 * request: PostgreSQL stopped, the network cut) answers 503 with {@code Retry-After}
 * ({@link DatabaseBusy}); anything else about a connection, a 500 that says nothing about the database.
 */
@Singleton
@Produces
@Requires(classes = ConnectionException.class)
final class ConnectionLostHandler implements ExceptionHandler<ConnectionException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLostHandler.class);

    private final DatabaseBusy busy;

    ConnectionLostHandler(DatabaseBusy busy) {
        this.busy = busy;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
        DatabaseBusy.Reason reason = DatabaseBusy.reason(exception);
        if (reason != null || closedUnderIt(exception)) {
            LOG.warn(
                    "Database connection lost under {} {}: {}",
                    request.getMethod(),
                    LoggedPaths.of(request.getPath()),
                    exception.getMessage());
            return busy.answer(request, reason == null ? DatabaseBusy.Reason.CONNECTION_LOST : reason);
        }
        LOG.error(
                "Database connection failed for {} {}",
                request.getMethod(),
                LoggedPaths.of(request.getPath()),
                exception);
        return busy.failed(request);
    }

    /**
     * Hikari closes a connection PostgreSQL reported broken (SQLSTATE 08, 57P0x) at once; Micronaut
     * Data's clean-up then fails on it and its exception, saying only "Connection is closed",
     * replaces the one that told why.
     */
    private static boolean closedUnderIt(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
