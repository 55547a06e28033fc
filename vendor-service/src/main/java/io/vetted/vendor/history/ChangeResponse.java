package io.vetted.vendor.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A change of a provider's name, SIREN or website as moderators review it. */
@Serdeable
public record ChangeResponse(
        UUID id,
        UUID providerId,
        IdentityField field,
        @Nullable String previousValue,
        @Nullable String newValue,
        Instant changedAt,
        @Nullable ReviewStatus reviewStatus,
        @Nullable String reviewReason,
        @Nullable Instant reviewedAt) {

    static ChangeResponse of(IdentityChange c) {
        return new ChangeResponse(
                c.id(),
                c.providerId(),
                c.field(),
                c.previousValue(),
                c.newValue(),
                c.changedAt(),
                c.reviewStatus(),
                c.reviewReason(),
                c.reviewedAt());
    }
}
