package io.vetted.buyer.saved;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedSearchRepository extends CrudRepository<SavedSearch, UUID> {

    List<SavedSearch> findByAccountIdOrderByCreatedAt(UUID accountId);

    Optional<SavedSearch> findByIdAndAccountId(UUID id, UUID accountId);

    long countByAccountId(UUID accountId);
}
