package io.vetted.support.problem;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.vetted.support.db.RequestDatabaseTime;
import io.vetted.support.management.ManagementPort;

/**
 * Answers requests 503 with {@code Retry-After} at once while {@link DatabaseBreaker} is open, and
 * tells it which requests succeeded on the database. The management port (probes, metrics) is left
 * alone: the readiness probe must see the database as it is.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(classes = DatasourceConfiguration.class)
final class DatabaseBreakerFilter implements Ordered {

    private static final String ADMITTED = DatabaseBreakerFilter.class.getName() + ".admitted";

    private final DatabaseBreaker breaker;
    private final DatabaseBusy busy;
    private final ManagementPort managementPort;

    DatabaseBreakerFilter(DatabaseBreaker breaker, DatabaseBusy busy, ManagementPort managementPort) {
        this.breaker = breaker;
        this.busy = busy;
        this.managementPort = managementPort;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseWhileOpen(HttpRequest<?> request) {
        if (managementPort.received(request)) {
            return null;
        }
        if (breaker.admits()) {
            request.setAttribute(ADMITTED, Boolean.TRUE);
            return null;
        }
        return busy.answer(request, DatabaseBusy.Reason.BREAKER_OPEN);
    }

    @ResponseFilter
    void count(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(ADMITTED).isEmpty()) {
            return;
        }
        // a 4xx (a missing token, an unknown path) or an answer from memory (the JWKS, a catalogue
        // loaded once) says nothing about the database: no evidence either way
        boolean reached = RequestDatabaseTime.of(request)
                .map(RequestDatabaseTime::reachedDatabase)
                .orElse(false);
        if (response.code() < 400 && reached) {
            breaker.succeeded();
        } else if (response.code() >= 500) {
            breaker.probeFailed();
        } else {
            breaker.probeInconclusive();
        }
    }
}
