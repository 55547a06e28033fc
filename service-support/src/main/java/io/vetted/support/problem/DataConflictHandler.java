package io.vetted.support.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.vetted.support.logging.LoggedPaths;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Races the service checks cannot see coming (two requests creating the same thing, an edit on a
 * stale version) end as 409 for the loser, never as a 500; a pool that had no connection in time
 * answers 503 with {@code Retry-After} ({@link DatabaseBusy}).
 */
@Singleton
@Produces
@Requires(classes = DataAccessException.class)
final class DataConflictHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DataConflictHandler.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final ErrorResponseProcessor<?> processor;
    private final DatabaseBusy busy;

    DataConflictHandler(ErrorResponseProcessor<?> processor, DatabaseBusy busy) {
        this.processor = processor;
        this.busy = busy;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        DatabaseBusy.Reason reason = DatabaseBusy.reason(exception);
        if (reason != null) {
            LOG.warn(
                    "Database unavailable ({}) for {} {}",
                    reason,
                    request.getMethod(),
                    LoggedPaths.of(request.getPath()));
            return busy.answer(request, reason);
        }
        String detail;
        HttpStatus status;
        if (exception instanceof OptimisticLockException) {
            status = HttpStatus.CONFLICT;
            detail = "Someone else changed this in the meantime; reload and apply your change again.";
        } else if (isConflict(exception)) {
            status = HttpStatus.CONFLICT;
            detail = "This conflicts with data that already exists.";
        } else {
            LOG.error("Data access failed on {} {}", request.getMethod(), LoggedPaths.of(request.getPath()), exception);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            detail = "The request could not be completed.";
        }
        return processor.processResponse(
                ErrorContext.builder(request)
                        .cause(ApiProblems.status(status, detail))
                        .build(),
                HttpResponse.status(status));
    }

    private static boolean isConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || EXCLUSION_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
