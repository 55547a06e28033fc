package io.vetted.vendor.notice;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the owners' notices queued for a provider, as JSON, straight from vendor-service's outbox table. */
public final class OwnerNoticeOutbox {

    private OwnerNoticeOutbox() {}

    public static List<String> notices(DataSource dataSource, UUID providerId) {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                var query = connection.prepareStatement("SELECT payload::text FROM outbox_event"
                        + " WHERE aggregate_id = ? AND event_type = ? ORDER BY id")) {
            query.setObject(1, providerId);
            query.setString(2, OwnerNotice.EVENT_TYPE);
            List<String> notices = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    notices.add(rows.getString(1));
                }
            }
            return notices;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
