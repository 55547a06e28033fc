package io.vetted.buyer.shortlist;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShortlistRepository extends CrudRepository<Shortlist, UUID> {

    List<Shortlist> findByAccountIdOrderByCreatedAt(UUID accountId);

    Optional<Shortlist> findByIdAndAccountId(UUID id, UUID accountId);

    Optional<Shortlist> findByShareTokenHash(String shareTokenHash);

    long countByAccountId(UUID accountId);
}
