package io.vetted.vendor.offer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OfferPriceRepository extends GenericRepository<OfferPrice, UUID> {

    OfferPrice save(OfferPrice price);

    List<OfferPrice> findByOfferIdIn(Collection<UUID> offerIds);

    List<OfferPrice> findByOfferId(UUID offerId);
}
