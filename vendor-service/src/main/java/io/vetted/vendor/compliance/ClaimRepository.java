package io.vetted.vendor.compliance;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.vetted.vendor.catalog.ComplianceTopic;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ClaimRepository extends CrudRepository<ComplianceClaim, UUID> {

    List<ComplianceClaim> findByProviderId(UUID providerId);

    Optional<ComplianceClaim> findByProviderIdAndTopic(UUID providerId, ComplianceTopic topic);

    List<ComplianceClaim> findByStatus(ClaimStatus status, Pageable page);
}
