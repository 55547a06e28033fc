package io.vetted.vendor.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a provider's name, SIREN or website; website changes keep both registrable domains.
 * Changes to a profile that was ever published are public and wait for a moderator.
 */
@MappedEntity("identity_change")
record IdentityChange(
        @Id UUID id,
        UUID providerId,
        IdentityField field,
        @Nullable String previousValue,
        @Nullable String newValue,
        @Nullable String previousDomain,
        @Nullable String newDomain,
        boolean shownPublicly,
        UUID changedBy,
        Instant changedAt,
        @Nullable ReviewStatus reviewStatus,
        @Nullable String reviewReason,
        @Nullable UUID reviewedBy,
        @Nullable Instant reviewedAt,
        @Version @Nullable Long version) {

    IdentityChange reviewed(ReviewStatus outcome, String reason, UUID moderator) {
        return new IdentityChange(
                id,
                providerId,
                field,
                previousValue,
                newValue,
                previousDomain,
                newDomain,
                shownPublicly,
                changedBy,
                changedAt,
                outcome,
                reason,
                moderator,
                Instant.now(),
                version);
    }
}
