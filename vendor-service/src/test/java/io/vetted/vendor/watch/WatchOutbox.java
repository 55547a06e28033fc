package io.vetted.vendor.watch;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the watch events queued for a provider, as JSON, straight from vendor-service's outbox table. */
public final class WatchOutbox {

    private WatchOutbox() {}

    /** The changes watchers hear of; a first publication's event is read apart ({@link #publications}). */
    public static List<String> events(DataSource dataSource, UUID providerId) {
        return read(dataSource, providerId, " AND payload->>'kind' <> 'PROVIDER_PUBLISHED'");
    }

    public static List<String> publications(DataSource dataSource, UUID providerId) {
        return read(dataSource, providerId, " AND payload->>'kind' = 'PROVIDER_PUBLISHED'");
    }

    /** The change events the relay parked for good (a 4xx refusal), as JSON. */
    public static List<String> parked(DataSource dataSource, UUID providerId) {
        return read(
                dataSource,
                providerId,
                " AND failed_permanently_at IS NOT NULL AND payload->>'kind' <> 'PROVIDER_PUBLISHED'");
    }

    private static List<String> read(DataSource dataSource, UUID providerId, String condition) {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var query = connection.prepareStatement("SELECT payload::text FROM outbox_event"
                        + " WHERE aggregate_id = ? AND event_type = ?" + condition + " ORDER BY id")) {
            query.setObject(1, providerId);
            query.setString(2, WatchEvent.EVENT_TYPE);
            List<String> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
