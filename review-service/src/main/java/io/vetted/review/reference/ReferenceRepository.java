package io.vetted.review.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReferenceRepository extends CrudRepository<Reference, UUID> {

    Page<Reference> findByProviderId(UUID providerId, Pageable pageable);

    boolean existsByProviderIdAndAuthorAccountId(UUID providerId, UUID authorAccountId);
}
