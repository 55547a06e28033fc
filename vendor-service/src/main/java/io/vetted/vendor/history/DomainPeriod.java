package io.vetted.vendor.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A registrable domain that was the provider's website's from {@code from} (null: since before any
 * recorded change) until {@code until} (null: still is).
 */
@Serdeable
public record DomainPeriod(
        String domain, @Nullable Instant from, @Nullable Instant until) {}
