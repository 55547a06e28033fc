package io.vetted.vendor.reputation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReputationRepository extends GenericRepository<ProviderReputation, UUID> {

    Optional<ProviderReputation> findById(UUID providerId);

    /**
     * Stores the snapshot unless one from a later (or the same) source version is already there:
     * redelivered or reordered events change nothing. Returns the rows written (0 or 1).
     */
    @Query("""
            INSERT INTO provider_reputation (provider_id, average_rating, reference_count, source_version, updated_at)
            VALUES (:providerId, :averageRating, :referenceCount, :sourceVersion, now())
            ON CONFLICT (provider_id) DO UPDATE
               SET average_rating = EXCLUDED.average_rating,
                   reference_count = EXCLUDED.reference_count,
                   source_version = EXCLUDED.source_version,
                   updated_at = EXCLUDED.updated_at
             WHERE provider_reputation.source_version < EXCLUDED.source_version""")
    int applyIfNewer(UUID providerId, BigDecimal averageRating, int referenceCount, long sourceVersion);
}
