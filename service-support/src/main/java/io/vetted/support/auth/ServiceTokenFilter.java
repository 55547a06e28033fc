package io.vetted.support.auth;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The one place where a service authenticates its calls to another: clients marked
 * {@link AsService} carry this service's token, and a 401 (token expired, keys rotated) makes the
 * next call fetch a new one.
 */
@AsService
@ClientFilter
@Requires(beans = ServiceTokens.class)
final class ServiceTokenFilter {

    // looked up on first use: the token source is itself a client, whose creation builds the filters
    private final BeanProvider<ServiceTokens> tokens;

    ServiceTokenFilter(BeanProvider<ServiceTokens> tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING) // fetching a token is itself an HTTP call
    void authenticate(MutableHttpRequest<?> request) {
        request.bearerAuth(tokens.get().token());
    }

    @ResponseFilter
    void forgetRefusedToken(@Nullable HttpClientResponseException refusal) {
        if (refusal != null && refusal.code() == HttpStatus.UNAUTHORIZED.getCode()) {
            tokens.get().invalidate();
        }
    }
}
