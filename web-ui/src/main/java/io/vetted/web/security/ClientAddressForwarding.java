package io.vetted.web.security;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;

/**
 * Tells identity-service whose sign-in, sign-up or reset this is, and review-service who files an
 * anonymous report, so their throttling counts per visitor rather than per web-ui replica; both
 * believe it only from trusted proxies.
 */
@ClientFilter(serviceId = {"identity", "review"})
final class ClientAddressForwarding {

    @RequestFilter
    void forward(MutableHttpRequest<?> request) {
        ServerRequestContext.currentRequest()
                .ifPresent(visitor -> request.header(
                        "X-Forwarded-For",
                        visitor.getRemoteAddress().getAddress().getHostAddress()));
    }
}
