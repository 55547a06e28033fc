package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A provider's claim that a reviewed engagement never happened, open until a moderator decides. */
@MappedEntity("reference_dispute")
record Dispute(
        @Id UUID id,
        UUID referenceId,
        UUID providerId,
        UUID openedBy,
        String details,
        @Nullable UUID reopens,
        @Nullable String newEvidence,
        @Nullable DisputeOutcome outcome,
        @Nullable String decisionReason,
        @Nullable Instant decidedAt,
        @Nullable UUID decidedBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Dispute decided(DisputeOutcome newOutcome, String reason, UUID moderator, Instant now) {
        return new Dispute(
                id,
                referenceId,
                providerId,
                openedBy,
                details,
                reopens,
                newEvidence,
                newOutcome,
                reason,
                now,
                moderator,
                version,
                createdAt,
                updatedAt);
    }
}
