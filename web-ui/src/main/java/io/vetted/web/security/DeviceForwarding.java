package io.vetted.web.security;

import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.context.ServerRequestContext;

/**
 * Tells identity-service which browser signs up or signs in ({@link DeviceCookie}), so that it can
 * link accounts made from one device. Only these calls carry it: nothing else needs to know.
 */
@ClientFilter(
        serviceId = "identity",
        patterns = {"/api/accounts", "/api/auth/login", "/api/auth/mfa", "/api/auth/sign-in-link/confirmation"})
final class DeviceForwarding {

    static final String HEADER = "X-Vetted-Device";

    @RequestFilter
    void forward(MutableHttpRequest<?> call) {
        ServerRequestContext.currentRequest()
                .flatMap(DeviceCookie::of)
                .ifPresent(device -> call.header(HEADER, device));
    }
}
