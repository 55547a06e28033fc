package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;
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
            INSERT INTO provider_reputation (provider_id, average_rating, reference_count, verified_reference_count,
                                             bayesian_rating, recommend_share, source_version, updated_at,
                                             provider_vouched_count, client_verified_count, evidence_checked_count)
            VALUES (:providerId, :averageRating, :referenceCount, :verifiedReferenceCount, :bayesianRating,
                    :recommendShare, :sourceVersion, now(), :providerVouchedCount, :clientVerifiedCount,
                    :evidenceCheckedCount)
            ON CONFLICT (provider_id) DO UPDATE
               SET average_rating = EXCLUDED.average_rating,
                   reference_count = EXCLUDED.reference_count,
                   verified_reference_count = EXCLUDED.verified_reference_count,
                   bayesian_rating = EXCLUDED.bayesian_rating,
                   recommend_share = EXCLUDED.recommend_share,
                   source_version = EXCLUDED.source_version,
                   provider_vouched_count = EXCLUDED.provider_vouched_count,
                   client_verified_count = EXCLUDED.client_verified_count,
                   evidence_checked_count = EXCLUDED.evidence_checked_count,
                   updated_at = EXCLUDED.updated_at
             WHERE provider_reputation.source_version < EXCLUDED.source_version""")
    int applyIfNewer(
            UUID providerId,
            @Nullable BigDecimal averageRating,
            int referenceCount,
            int verifiedReferenceCount,
            @Nullable BigDecimal bayesianRating,
            @Nullable BigDecimal recommendShare,
            long sourceVersion,
            int providerVouchedCount,
            int clientVerifiedCount,
            int evidenceCheckedCount);

    @Query(
            "SELECT criterion, rating FROM provider_reputation_criterion WHERE provider_id = :providerId ORDER BY criterion")
    List<CriterionRating> criteria(UUID providerId);
}
