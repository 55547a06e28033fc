package io.vetted.web.backend;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.client.ClientAttributes;
import io.micronaut.http.context.ServerRequestContext;
import io.vetted.web.security.SessionCookie;

/**
 * The one place where the site acts as the visitor: every call to the services carries the
 * signed-in visitor's access token (the one renewed for this request, else the cookie's) as a
 * bearer token, except calls marked {@link Anonymous}. A visitor who is not signed in sends none.
 */
@ClientFilter(serviceId = {"identity", "vendor", "review", "buyer"})
final class VisitorTokenForwarding {

    private final SessionCookie session;

    VisitorTokenForwarding(SessionCookie session) {
        this.session = session;
    }

    @RequestFilter
    void forward(MutableHttpRequest<?> call) {
        if (call.getHeaders().contains(HttpHeaders.AUTHORIZATION) || anonymous(call)) {
            return;
        }
        ServerRequestContext.currentRequest()
                .filter(visitor -> visitor.getUserPrincipal().isPresent())
                .flatMap(session::accessToken)
                .ifPresent(call::bearerAuth);
    }

    private static boolean anonymous(HttpRequest<?> call) {
        return ClientAttributes.getInvocationContext(call)
                .map(method -> method.hasAnnotation(Anonymous.class))
                .orElse(false);
    }
}
