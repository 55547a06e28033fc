package io.vetted.review.limits;

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
final class DailyLimitHandler implements ExceptionHandler<DailyLimitReached, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    DailyLimitHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DailyLimitReached exception) {
        var problem = ApiProblems.status(
                HttpStatus.TOO_MANY_REQUESTS,
                "You have already made " + exception.limit() + " " + exception.activity()
                        + " in the last 24 hours, the most allowed; nothing was saved. Try again later.");
        return processor.processResponse(
                ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(
                                "Retry-After",
                                String.valueOf(
                                        Math.max(1, exception.retryAfter().toSeconds()))));
    }
}
