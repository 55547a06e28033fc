package io.vetted.buyer.watch;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The received watch events and, until identity-service accepted them, who is to be alerted. */
@Singleton
class WatchAlertStore {

    private final JdbcOperations jdbc;

    WatchAlertStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event once, with its recipients taken in one statement: every account that has
     * the provider on a shortlist or watches it explicitly. A redelivery waits for the first receipt to commit, then finds it.
     */
    @Transactional
    void record(WatchEventRequest event) {
        int inserted = jdbc.prepareStatement(
                "INSERT INTO watch_alert (event_id, provider_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setObject(1, event.eventId());
                    statement.setObject(2, event.providerId());
                    statement.setString(3, event.kind().name());
                    return statement.executeUpdate();
                });
        if (inserted == 0) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO watch_alert_recipient (event_id, account_id)
                SELECT ?::uuid, s.account_id
                  FROM shortlist_entry e JOIN shortlist s ON s.id = e.shortlist_id
                 WHERE e.provider_id = ?
                 UNION
                SELECT ?::uuid, account_id FROM provider_watch WHERE provider_id = ?""", statement -> {
            statement.setObject(1, event.eventId());
            statement.setObject(2, event.providerId());
            statement.setObject(3, event.eventId());
            statement.setObject(4, event.providerId());
            return statement.executeUpdate();
        });
    }

    /** The accounts still to alert, in a stable order (so chunks stay the same on a retry); empty once delivered. */
    @Transactional
    List<UUID> pending(UUID eventId) {
        return jdbc.prepareStatement("""
                SELECT r.account_id FROM watch_alert_recipient r JOIN watch_alert a ON a.event_id = r.event_id
                 WHERE r.event_id = ? AND a.delivered_at IS NULL ORDER BY r.account_id""", statement -> {
            statement.setObject(1, eventId);
            List<UUID> accounts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    accounts.add(rows.getObject(1, UUID.class));
                }
            }
            return accounts;
        });
    }

    @Transactional
    void delivered(UUID eventId) {
        jdbc.prepareStatement(
                "UPDATE watch_alert SET delivered_at = now() WHERE event_id = ? AND delivered_at IS NULL",
                statement -> {
                    statement.setObject(1, eventId);
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM watch_alert_recipient WHERE event_id = ?", statement -> {
            statement.setObject(1, eventId);
            return statement.executeUpdate();
        });
    }
}
