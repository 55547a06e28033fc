package io.vetted.vendor.history;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdentityChangeRepository extends CrudRepository<IdentityChange, UUID> {

    List<IdentityChange> findByProviderIdAndShownPubliclyOrderByChangedAtDesc(UUID providerId, boolean shownPublicly);

    List<IdentityChange> findByProviderIdAndFieldOrderByChangedAt(UUID providerId, IdentityField field);

    List<IdentityChange> findByIdIn(Collection<UUID> ids);
}
