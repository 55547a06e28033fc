package io.vetted.buyer.saved;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A search kept on the account: the search page's query string exactly as run, the same search as
 * vendor-service's search API reads it (null when saved before alerts existed), and when it was last opened.
 */
@MappedEntity("saved_search")
record SavedSearch(
        @Id UUID id,
        UUID accountId,
        String name,
        String query,
        @Nullable String vendorQuery,
        Instant lastVisitedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    SavedSearch visited(Instant at) {
        return new SavedSearch(id, accountId, name, query, vendorQuery, at, version, createdAt, updatedAt);
    }
}
