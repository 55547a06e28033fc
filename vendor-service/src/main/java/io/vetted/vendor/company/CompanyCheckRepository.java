package io.vetted.vendor.company;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CompanyCheckRepository extends CrudRepository<CompanyCheck, UUID> {

    List<CompanyCheck> findByProviderIdOrderByCreatedAtDesc(UUID providerId);

    List<CompanyCheck> findByProviderIdAndStatus(UUID providerId, CheckStatus status);

    List<CompanyCheck> findByIdIn(Collection<UUID> ids);
}
