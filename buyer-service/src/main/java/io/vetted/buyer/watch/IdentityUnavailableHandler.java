package io.vetted.buyer.watch;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
@Produces
final class IdentityUnavailableHandler implements ExceptionHandler<IdentityUnavailableException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityUnavailableHandler.class);

    private final ErrorResponseProcessor<?> processor;

    IdentityUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, IdentityUnavailableException exception) {
        LOG.info("Watch alerts left pending: {}", exception.getMessage());
        var problem = ApiProblems.unavailable("The alerts could not be queued yet; send the event again later.");
        return processor.processResponse(
                ErrorContext.builder(request).cause(problem).build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5"));
    }
}
