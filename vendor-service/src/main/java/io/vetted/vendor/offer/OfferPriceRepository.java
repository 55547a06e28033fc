package io.vetted.vendor.offer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OfferPriceRepository extends GenericRepository<OfferPrice, UUID> {

    OfferPrice save(OfferPrice price);

    List<OfferPrice> findByOfferIdIn(Collection<UUID> offerIds);

    List<OfferPrice> findByOfferId(UUID offerId);

    @Query("""
            SELECT o.lineage_id, n.notice_days, n.promised_at FROM offer_notice n JOIN offer o ON o.id = n.offer_id
             WHERE o.lineage_id = :lineageId ORDER BY n.promised_at""")
    List<NoticePromise> promises(UUID lineageId);

    @Query("""
            SELECT o.lineage_id, n.notice_days, n.promised_at FROM offer_notice n JOIN offer o ON o.id = n.offer_id
             WHERE o.lineage_id IN (:lineageIds) ORDER BY n.promised_at""")
    List<NoticePromise> promisesOf(Collection<UUID> lineageIds);

    @Query("INSERT INTO offer_notice (offer_id, notice_days, promised_at) VALUES (:offerId, :noticeDays, :promisedAt)")
    void promise(UUID offerId, int noticeDays, Instant promisedAt);
}
