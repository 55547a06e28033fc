package io.vetted.vendor.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announced prices start applying without anyone editing the profile; this refreshes the search
 * rows of the providers whose prices took effect yesterday or today. Refreshing is idempotent,
 * so every replica may run it.
 */
@Singleton
class PriceChangeRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(PriceChangeRefresher.class);

    private final JdbcOperations jdbc;
    private final SearchIndex index;

    PriceChangeRefresher(JdbcOperations jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Scheduled(fixedDelay = "${vetted.search.price-refresh-interval:1h}", initialDelay = "1m")
    @Transactional
    void refreshPricesTakingEffect() {
        List<UUID> changed = jdbc.prepareStatement("""
                SELECT DISTINCT o.provider_id
                  FROM offer_price op JOIN offer o ON o.id = op.offer_id
                 WHERE op.effective_from BETWEEN (now() AT TIME ZONE 'Europe/Paris')::date - 1
                                             AND (now() AT TIME ZONE 'Europe/Paris')::date""", statement -> {
            List<UUID> ids = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
        changed.forEach(index::refresh);
        LOG.debug("Refreshed the search rows of {} providers whose prices take effect now", changed.size());
    }
}
