package io.vetted.vendor.offer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OfferRepository extends CrudRepository<Offer, UUID> {

    List<Offer> findByProviderIdAndWithdrawnAtIsNullOrderByCreatedAt(UUID providerId);

    Optional<Offer> findByIdAndProviderIdAndWithdrawnAtIsNull(UUID id, UUID providerId);

    long countByProviderIdAndWithdrawnAtIsNull(UUID providerId);
}
