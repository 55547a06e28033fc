package io.vetted.web.security;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;
import io.vetted.support.net.ForwardedAddress;

/**
 * Tells identity-service whose sign-in, sign-up or reset this is, and review-service who files an
 * anonymous report, so their throttling counts per visitor rather than per web-ui replica; both
 * believe it only from trusted proxies. Behind an ingress or a load balancer (web-ui's own trusted
 * proxies) the visitor is read from their {@code X-Forwarded-For}, not the proxy's address.
 */
@ClientFilter(serviceId = {"identity", "review"})
final class ClientAddressForwarding {

    private final ForwardedAddress addresses;

    ClientAddressForwarding(ForwardedAddress addresses) {
        this.addresses = addresses;
    }

    @RequestFilter
    void forward(MutableHttpRequest<?> request) {
        ServerRequestContext.currentRequest()
                .ifPresent(visitor -> request.header("X-Forwarded-For", addresses.of(visitor)));
    }
}
