package io.vetted.vendor.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The days of announced prices and whether their providers' search rows carry them yet (V30). */
@Singleton
class PriceDays {

    static final int CATCH_UP_DAYS = 31;

    private final JdbcOperations jdbc;
    private final SearchIndex index;

    PriceDays(JdbcOperations jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /**
     * The days in Paris from the one after the last day done (yesterday at the latest, so a run just
     * before midnight still leaves today's to the next) to today, unless done: a vendor-service down
     * for days catches up on them. At most {@value #CATCH_UP_DAYS} days back; a new database starts
     * at yesterday, as its search rows were just built.
     */
    @ReadOnly
    List<LocalDate> pending() {
        return jdbc.prepareStatement("""
                -- LEAST skips a NULL: with no day done yet, the series starts at yesterday
                WITH today AS (SELECT (now() AT TIME ZONE 'Europe/Paris')::date AS day),
                     last AS (SELECT max(day) AS day FROM price_refresh_day)
                SELECT d::date
                  FROM today, last,
                       generate_series(GREATEST(LEAST(last.day + 1, today.day - 1), today.day - ?),
                                       today.day, interval '1 day') d
                 WHERE NOT EXISTS (SELECT 1 FROM price_refresh_day r WHERE r.day = d::date)
                 ORDER BY 1""", statement -> {
            statement.setInt(1, CATCH_UP_DAYS);
            List<LocalDate> found = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getDate(1).toLocalDate());
                }
            }
            return found;
        });
    }

    @ReadOnly
    List<UUID> providersWithPricesFrom(LocalDate day) {
        return jdbc.prepareStatement("""
                SELECT DISTINCT o.provider_id
                  FROM offer_price op JOIN offer o ON o.id = op.offer_id
                 WHERE op.effective_from = ?
                 ORDER BY o.provider_id""", statement -> {
            statement.setDate(1, Date.valueOf(day));
            List<UUID> ids = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    @Transactional
    void refresh(UUID providerId) {
        index.refresh(providerId);
    }

    @Transactional
    void done(LocalDate day) {
        jdbc.prepareStatement(
                "INSERT INTO price_refresh_day (day) VALUES (?) ON CONFLICT (day) DO NOTHING", statement -> {
                    statement.setDate(1, Date.valueOf(day));
                    return statement.executeUpdate();
                });
    }
}
