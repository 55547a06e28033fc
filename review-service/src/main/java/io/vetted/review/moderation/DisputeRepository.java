package io.vetted.review.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DisputeRepository extends CrudRepository<Dispute, UUID> {

    Optional<Dispute> findByReferenceIdAndOutcomeIsNull(UUID referenceId);

    List<Dispute> findByReferenceIdOrderByCreatedAt(UUID referenceId);
}
