package io.vetted.review.moderation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReportRepository extends CrudRepository<Report, UUID> {

    List<Report> findByReferenceIdAndResolvedAtIsNullOrderByCreatedAt(UUID referenceId);

    boolean existsByReferenceIdAndTargetAndReporterAccountIdAndResolvedAtIsNull(
            UUID referenceId, String target, UUID reporterAccountId);

    boolean existsByReferenceIdAndTargetAndReporterAddressHashAndResolvedAtIsNull(
            UUID referenceId, String target, String reporterAddressHash);

    @Query(
            "UPDATE reference_report SET resolved_at = now(), resolution = :resolution, version = version + 1, updated_at = now() "
                    + "WHERE reference_id = :referenceId AND resolved_at IS NULL")
    void resolveAll(UUID referenceId, String resolution);

    @Query(
            "UPDATE reference_report SET resolved_at = now(), resolution = :resolution, version = version + 1, updated_at = now() "
                    + "WHERE reference_id = :referenceId AND target = :target AND resolved_at IS NULL")
    void resolveTarget(UUID referenceId, String target, String resolution);
}
