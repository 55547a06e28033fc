package io.vetted.buyer.shortlist;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShortlistEntryRepository extends CrudRepository<ShortlistEntry, UUID> {

    List<ShortlistEntry> findByShortlistIdInOrderByCreatedAt(Collection<UUID> shortlistIds);

    Optional<ShortlistEntry> findByShortlistIdAndProviderId(UUID shortlistId, UUID providerId);

    long countByShortlistId(UUID shortlistId);
}
