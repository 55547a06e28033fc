package io.vetted.support.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long a request's statements may take together ({@code DATABASE_REQUEST_BUDGET}): past it,
 * the request's next statement is refused and a running one cancelled, so a slow database answers
 * 503 quickly instead of holding connections.
 */
@ConfigurationProperties("vetted.database")
public record DatabaseBudget(@Bindable(defaultValue = "5s") Duration requestBudget) {}
