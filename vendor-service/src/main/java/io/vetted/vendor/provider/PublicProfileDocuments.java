package io.vetted.vendor.provider;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublicProfileDocuments extends GenericRepository<PublicProfileDocument, UUID> {

    Optional<PublicProfileDocument> findById(UUID providerId);

    /**
     * Keeps a profile put together from {@code builtAt} on by a reader that saw {@code generation}
     * before reading its tables;
     * a change committed since then (or still uncommitted: the upsert waits for its row lock) moved the
     * generation on, and the stale body is dropped. Returns the rows written (0 or 1). Its own
     * transaction: the reader's was read-only and has ended.
     */
    @Transactional
    @Query("""
            INSERT INTO provider_public_profile (provider_id, generation, body, valid_until, stored_at)
            VALUES (:providerId, :generation, :body, provider_public_profile_valid_until(:providerId, :builtAt), now())
            ON CONFLICT (provider_id) DO UPDATE
               SET body = EXCLUDED.body, valid_until = EXCLUDED.valid_until, stored_at = EXCLUDED.stored_at
             WHERE provider_public_profile.generation = EXCLUDED.generation""")
    int store(UUID providerId, long generation, Instant builtAt, String body);
}
