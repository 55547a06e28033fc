package io.vetted.review.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactRequestRepository extends CrudRepository<ContactRequest, UUID> {

    List<ContactRequest> findByAuthorAccountIdOrderByCreatedAtDesc(UUID authorAccountId);

    List<ContactRequest> findByRequesterAccountIdOrderByCreatedAtDesc(UUID requesterAccountId);

    boolean existsByReferenceIdAndRequesterAccountId(UUID referenceId, UUID requesterAccountId);
}
