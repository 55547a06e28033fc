package io.vetted.support.management;

import io.micronaut.http.HttpRequest;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import jakarta.inject.Singleton;

/** Whether a request came in on the management port ({@code endpoints.all.port}), when one is set. */
@Singleton
public final class ManagementPort {

    private final Integer port;

    ManagementPort(EndpointDefaultConfiguration endpoints) {
        this.port = endpoints.getPort().orElse(null);
    }

    /** Whether health and metrics have a port of their own. */
    public boolean separate() {
        return port != null;
    }

    public boolean received(HttpRequest<?> request) {
        return port != null && request.getServerAddress().getPort() == port;
    }
}
