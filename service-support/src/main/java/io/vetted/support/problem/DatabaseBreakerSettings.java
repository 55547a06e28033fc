package io.vetted.support.problem;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * When {@link DatabaseBreaker} stops sending requests to a failing database: {@code failures}
 * requests refused for a spent budget or a lost connection within {@code window}, and at least as
 * many as succeeded in it; then for {@code open} it answers 503 at once, before one probe request
 * may try the database again.
 */
@ConfigurationProperties("vetted.database.breaker")
public record DatabaseBreakerSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5") int failures,
        @Bindable(defaultValue = "10s") Duration window,
        @Bindable(defaultValue = "2s") Duration open) {}
