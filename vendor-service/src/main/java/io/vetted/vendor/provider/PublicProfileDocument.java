package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A published profile as buyers read it, stored as JSON the first time it was put together (V27).
 * {@code generation} is not an optimistic-locking version: V27's triggers move it on with every
 * transaction that changes what the profile shows (once per transaction since V29), and a reader
 * stores a document only under the generation it started from.
 */
@MappedEntity("provider_public_profile")
record PublicProfileDocument(
        @Id UUID providerId,
        long generation,
        @Nullable String body,
        @Nullable Instant validUntil,
        @Nullable Instant storedAt) {

    boolean servableAt(Instant now) {
        return body != null && validUntil != null && validUntil.isAfter(now);
    }
}
