package io.vetted.review.verification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A provider's invitation to one client email; only the hash of its token is stored. */
@MappedEntity("invitation")
record Invitation(
        @Id UUID id,
        UUID providerId,
        String email,
        String tokenHash,
        UUID invitedBy,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable UUID referenceId,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    InvitationStatus status(Instant now) {
        if (usedAt != null) {
            return InvitationStatus.USED;
        }
        return now.isAfter(expiresAt) ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
    }

    Invitation used(UUID reference, Instant now) {
        return new Invitation(
                id, providerId, email, tokenHash, invitedBy, expiresAt, now, reference, version, createdAt, updatedAt);
    }
}
