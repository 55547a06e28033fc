package io.vetted.identity.throttle;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;

@Singleton
@Produces
final class TooManyAttemptsHandler implements ExceptionHandler<TooManyAttemptsException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    TooManyAttemptsHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyAttemptsException exception) {
        long seconds = Math.max(1, exception.retryAfter().toSeconds());
        var problem = ApiProblems.status(
                HttpStatus.TOO_MANY_REQUESTS, "Too many attempts. Try again in " + seconds + " seconds.");
        return processor.processResponse(
                ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(seconds)));
    }
}
