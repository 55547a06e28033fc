package io.vetted.review.reply;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** The provider's one public reply to a reference, keyed by the reference. */
@MappedEntity("reference_reply")
record Reply(
        @Id UUID referenceId,
        UUID providerId,
        UUID authorAccountId,
        String body,
        @Nullable Instant editedAt,
        @Nullable Instant hiddenAt,
        @Nullable String hiddenReason,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Reply edited(String newBody, UUID editor, Instant now) {
        return new Reply(
                referenceId, providerId, editor, newBody, now, hiddenAt, hiddenReason, version, createdAt, updatedAt);
    }
}
