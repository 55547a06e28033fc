package io.vetted.buyer.vendor;

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
final class VendorUnavailableHandler implements ExceptionHandler<VendorUnavailableException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    VendorUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, VendorUnavailableException exception) {
        var problem = ApiProblems.unavailable(
                "Provider profiles cannot be checked right now; nothing was saved. Try again shortly.");
        return processor.processResponse(
                ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5"));
    }
}
