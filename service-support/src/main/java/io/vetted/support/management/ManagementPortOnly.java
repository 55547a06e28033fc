package io.vetted.support.management;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The API document and Swagger UI answer on the management port only, like health and metrics
 * (Micronaut binds those to {@code endpoints.all.port} itself). They are static resources, which
 * Micronaut serves on every port, so the public port answers 404 here: an attacker learns nothing
 * from it about the routes, nor does a visitor find a way in. Runs before security, like an
 * unknown path.
 */
@ServerFilter({"/swagger/**", "/swagger-ui/**"})
final class ManagementPortOnly implements Ordered {

    private final ManagementPort managementPort;

    ManagementPortOnly(ManagementPort managementPort) {
        this.managementPort = managementPort;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SESSION.after() + 50;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> hideFromPublicPort(HttpRequest<?> request) {
        if (!managementPort.separate() || managementPort.received(request)) {
            return null;
        }
        return HttpResponse.notFound();
    }
}
