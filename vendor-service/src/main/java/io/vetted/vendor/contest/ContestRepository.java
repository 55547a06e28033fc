package io.vetted.vendor.contest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContestRepository extends CrudRepository<SirenContest, UUID> {

    @Query("""
            SELECT * FROM siren_contest
             WHERE holder_provider_id = :providerId OR claimant_provider_id = :providerId
             ORDER BY created_at DESC""")
    List<SirenContest> involving(UUID providerId);

    List<SirenContest> findBySirenAndStatus(String siren, ContestStatus status);

    Optional<SirenContest> findFirstBySirenAndClaimantProviderIdAndWinnerOrderByDecidedAtDesc(
            String siren, UUID claimantProviderId, ContestSide winner);

    List<SirenContest> findByIdIn(Collection<UUID> ids);
}
