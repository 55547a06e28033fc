package io.vetted.buyer.shortlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A named list of providers on one account; {@code shareTokenHash} is set while a read-only link exists. */
@MappedEntity("shortlist")
record Shortlist(
        @Id UUID id,
        UUID accountId,
        String name,
        @Nullable String shareTokenHash,
        @Nullable Instant sharedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Shortlist renamed(String newName) {
        return new Shortlist(id, accountId, newName, shareTokenHash, sharedAt, version, createdAt, updatedAt);
    }

    Shortlist shared(@Nullable String tokenHash, @Nullable Instant at) {
        return new Shortlist(id, accountId, name, tokenHash, at, version, createdAt, updatedAt);
    }
}
