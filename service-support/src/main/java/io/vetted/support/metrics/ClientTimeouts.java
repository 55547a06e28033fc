package io.vetted.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.util.List;

/**
 * Calls to another service that timed out, as {@code vetted_http_client_timeouts_total} on
 * {@code /prometheus}, one series per service named under {@code micronaut.http.services}: a slow
 * peer shows before its callers' thread pools fill up. Each series exists from start-up at 0, so
 * an alert on its rate needs no earlier timeout (hence created at start-up, not with the first client).
 */
@Context
@ClientFilter
final class ClientTimeouts {

    private static final String NAME = "vetted.http.client.timeouts";
    private static final String OTHER = "other";

    private final MeterRegistry meters;

    ClientTimeouts(MeterRegistry meters, List<ServiceHttpClientConfiguration> services) {
        this.meters = meters;
        services.forEach(service -> counter(service.getServiceId()));
        counter(OTHER);
    }

    /** Only called when the call failed: a filter method with a non-null Throwable parameter. */
    @ResponseFilter
    void countTimeout(HttpRequest<?> request, Throwable failure) {
        if (failure instanceof ReadTimeoutException) {
            counter(BasicHttpAttributes.getServiceId(request).orElse(OTHER)).increment();
        }
    }

    private Counter counter(String service) {
        return Counter.builder(NAME)
                .description("Calls to another service that got no answer in time (read timeout)")
                .tag("service", service)
                .register(meters);
    }
}
