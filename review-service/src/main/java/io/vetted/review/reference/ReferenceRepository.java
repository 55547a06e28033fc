package io.vetted.review.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferenceRepository extends CrudRepository<Reference, UUID> {

    List<Reference> findByIdIn(Collection<UUID> ids);

    List<Reference> findByAuthorAccountIdOrderByCreatedAtDesc(UUID authorAccountId);
}
