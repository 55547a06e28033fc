package io.vetted.vendor.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * "Formerly …": what the provider's name, SIREN or website was until {@code changedAt}, and what
 * it became ({@code newValue} is null when a moderator's decision took a SIREN away).
 */
@Serdeable
public record FormerIdentity(
        IdentityField field,
        @Nullable String previousValue,
        @Nullable String newValue,
        Instant changedAt) {}
