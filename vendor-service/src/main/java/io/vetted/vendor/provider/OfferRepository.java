package io.vetted.vendor.provider;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OfferRepository extends CrudRepository<Offer, UUID> {

    List<Offer> findByProviderIdOrderByCreatedAt(UUID providerId);
}
