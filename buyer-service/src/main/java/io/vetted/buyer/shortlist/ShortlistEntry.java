package io.vetted.buyer.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One provider on a shortlist, with the buyer's private note and where things stand. */
@MappedEntity("shortlist_entry")
record ShortlistEntry(
        @Id UUID id,
        UUID shortlistId,
        UUID providerId,
        @Nullable String note,
        EntryStatus status,
        @Nullable String rejectionReason,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    ShortlistEntry changed(@Nullable String newNote, EntryStatus newStatus, @Nullable String reason) {
        return new ShortlistEntry(
                id, shortlistId, providerId, newNote, newStatus, reason, version, createdAt, updatedAt);
    }
}
