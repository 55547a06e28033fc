package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OfferRepository extends CrudRepository<Offer, UUID> {

    List<Offer> findByProviderIdAndWithdrawnAtIsNullOrderByCreatedAt(UUID providerId);

    Optional<Offer> findByIdAndProviderIdAndWithdrawnAtIsNull(UUID id, UUID providerId);

    long countByProviderIdAndWithdrawnAtIsNull(UUID providerId);

    List<Offer> findByLineageIdIn(Collection<UUID> lineageIds);

    /** Offers withdrawn after {@code since} that no re-created offer continues: their history stays public. */
    @Query("""
            SELECT o.* FROM offer o
             WHERE o.provider_id = :providerId AND o.withdrawn_at > :since
               AND NOT EXISTS (SELECT 1 FROM offer n WHERE n.continues_offer_id = o.id)
             ORDER BY o.withdrawn_at DESC""")
    List<Offer> withdrawnSince(UUID providerId, Instant since);

    /**
     * The offer a new one continues: the latest withdrawn after {@code since} with the same pricing
     * model and unit and a compatible specialty (the same, or either one unspecified), not continued yet.
     */
    @Query("""
            SELECT o.* FROM offer o
             WHERE o.provider_id = :providerId AND o.withdrawn_at > :since
               AND o.pricing_model = :pricingModel AND o.price_unit IS NOT DISTINCT FROM :priceUnit
               AND (o.specialty IS NULL OR CAST(:specialty AS text) IS NULL OR o.specialty = :specialty)
               AND NOT EXISTS (SELECT 1 FROM offer n WHERE n.continues_offer_id = o.id)
             ORDER BY o.withdrawn_at DESC LIMIT 1""")
    Optional<Offer> predecessor(
            UUID providerId,
            Instant since,
            String pricingModel,
            @Nullable String priceUnit,
            @Nullable String specialty);
}
