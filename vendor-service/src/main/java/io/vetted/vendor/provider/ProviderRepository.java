package io.vetted.vendor.provider;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ProviderRepository extends CrudRepository<Provider, UUID> {

    Optional<Provider> findByOwnerAccountId(UUID ownerAccountId);

    boolean existsByOwnerAccountId(UUID ownerAccountId);

    Optional<Provider> findByIdAndStatus(UUID id, ProviderStatus status);

    List<Provider> findByIdIn(Collection<UUID> ids);

    /** Which of {@code ids} exist, without reading their rows. */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    Optional<Provider> findBySiren(String siren);
}
