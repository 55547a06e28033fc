package io.vetted.testsupport;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/** Adds the {@link BearerToken} of the calling test, if any, to requests of test clients. */
@ClientFilter
final class BearerTokenClientFilter {

    @RequestFilter
    void addToken(MutableHttpRequest<?> request) {
        if (request.getHeaders().contains("Authorization")) {
            return;
        }
        PropagatedContext.getOrEmpty().find(BearerToken.class).ifPresent(token -> request.bearerAuth(token.token()));
    }
}
