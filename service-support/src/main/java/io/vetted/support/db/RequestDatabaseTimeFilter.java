package io.vetted.support.db;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;

/**
 * Gives each request its database budget when it arrives (see {@link DeadlineDataSource}), also as
 * a request attribute for the filters that ask afterwards whether it reached the database.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(classes = DatasourceConfiguration.class)
final class RequestDatabaseTimeFilter implements HttpServerFilter {

    private final DatabaseBudget budget;

    RequestDatabaseTimeFilter(DatabaseBudget budget) {
        this.budget = budget;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        RequestDatabaseTime time = RequestDatabaseTime.of(budget.requestBudget());
        request.setAttribute(RequestDatabaseTime.ATTRIBUTE, time);
        try (PropagatedContext.Scope ignored =
                PropagatedContext.getOrEmpty().plus(time).propagate()) {
            return chain.proceed(request);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
