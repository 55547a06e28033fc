package io.vetted.support.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The relay's SQL: claim due events with a lease, then settle each one. */
@Singleton
@Requires(classes = JdbcOperations.class)
public class OutboxStore {

    private final JdbcOperations jdbc;

    public OutboxStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Leases up to {@code limit} due events to this replica. {@code SKIP LOCKED} lets replicas
     * claim disjoint batches; the lease hands an event to another replica if this one dies.
     */
    @Transactional
    public List<OutboxMessage> claim(int limit, Duration lease) {
        return jdbc.prepareStatement("""
                UPDATE outbox_event
                   SET locked_until = now() + make_interval(secs => ?), attempts = attempts + 1
                 WHERE id IN (SELECT id FROM outbox_event
                               WHERE failed_permanently_at IS NULL
                                 AND next_attempt_at <= now()
                                 AND (locked_until IS NULL OR locked_until < now())
                               ORDER BY next_attempt_at, id
                               LIMIT ?
                               FOR UPDATE SKIP LOCKED)
                RETURNING id, aggregate_id, event_type, payload::text AS payload, attempts, created_at""", statement -> {
            statement.setLong(1, lease.toSeconds());
            statement.setInt(2, limit);
            List<OutboxMessage> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(message(rows));
                }
            }
            claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
            return claimed;
        });
    }

    @Transactional
    public void delivered(long id) {
        deliveredAll(List.of(id));
    }

    /** Settles a delivered batch in one statement rather than one transaction per event. */
    @Transactional
    public void deliveredAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("DELETE FROM outbox_event WHERE id = ANY(?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids.toArray()));
            return statement.executeUpdate();
        });
    }

    @Transactional
    public void retryLater(long id, Duration delay, String error) {
        update("""
                UPDATE outbox_event SET locked_until = NULL, last_error = ?,
                       next_attempt_at = now() + make_interval(secs => ?) WHERE id = ?""", id, error, delay);
    }

    @Transactional
    public void parkForGood(long id, String error) {
        update(
                "UPDATE outbox_event SET locked_until = NULL, last_error = ?, failed_permanently_at = now() WHERE id = ?",
                id,
                error,
                null);
    }

    @Transactional
    public long pending() {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE failed_permanently_at IS NULL", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }

    /**
     * Makes every waiting event of {@code eventType} due now: its receiver just took one again, so
     * the back-off each event grew during the outage (up to 30 s) no longer needs to be sat out.
     * Runs once per outage, so a scan of the few waiting events is fine.
     */
    @Transactional
    public int retryNow(String eventType) {
        return jdbc.prepareStatement("""
                UPDATE outbox_event SET next_attempt_at = now()
                 WHERE event_type = ? AND failed_permanently_at IS NULL AND next_attempt_at > now()
                   AND (locked_until IS NULL OR locked_until < now())""", statement -> {
            statement.setString(1, eventType);
            return statement.executeUpdate();
        });
    }

    /** Events the relay gave up on ({@link PermanentDeliveryFailure}): each one waits for an operator. */
    @Transactional
    public long parked() {
        return jdbc.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE failed_permanently_at IS NOT NULL", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                });
    }

    private void update(String sql, long id, String error, Duration delay) {
        jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            if (error != null) {
                statement.setString(i++, error.length() > 1000 ? error.substring(0, 1000) : error);
            }
            if (delay != null) {
                statement.setDouble(i++, delay.toMillis() / 1000.0);
            }
            statement.setLong(i, id);
            return statement.executeUpdate();
        });
    }

    private static OutboxMessage message(ResultSet row) throws SQLException {
        return new OutboxMessage(
                row.getLong("id"),
                row.getObject("aggregate_id", UUID.class),
                row.getString("event_type"),
                row.getString("payload"),
                row.getInt("attempts"),
                row.getTimestamp("created_at").toInstant());
    }
}
