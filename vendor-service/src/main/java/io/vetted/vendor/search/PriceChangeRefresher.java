package io.vetted.vendor.search;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announced prices start applying without anyone editing the profile; this refreshes the search
 * rows of the providers whose prices took effect on a day not done yet ({@link PriceDays#pending}),
 * once per day: an edit made later in the day refreshes its own row. Each provider is refreshed in
 * a transaction of its own, so a run never holds thousands of search rows (and their reputation
 * updates) until it ends.
 * Refreshing is idempotent, so every replica may run it; the day is marked only once all of its
 * providers are done, so a run that fails half-way is resumed by the next.
 */
@Singleton
class PriceChangeRefresher {

    private static final Logger LOG = LoggerFactory.getLogger(PriceChangeRefresher.class);

    private final PriceDays days;

    PriceChangeRefresher(PriceDays days) {
        this.days = days;
    }

    @Scheduled(fixedDelay = "${vetted.search.price-refresh-interval:1h}", initialDelay = "1m")
    void refreshPricesTakingEffect() {
        for (LocalDate day : days.pending()) {
            List<UUID> changed = days.providersWithPricesFrom(day);
            changed.forEach(days::refresh);
            days.done(day);
            LOG.debug("Refreshed the search rows of {} providers whose prices take effect on {}", changed.size(), day);
        }
    }
}
