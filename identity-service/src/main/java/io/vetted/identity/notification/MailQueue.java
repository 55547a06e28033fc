package io.vetted.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The durable queue of notification mails. Every replica leases due rows with {@code FOR UPDATE
 * SKIP LOCKED}, so their batches are disjoint; a lease runs out if a replica dies, and another one
 * takes the row over.
 */
@Singleton
class MailQueue {

    private final JdbcOperations jdbc;

    MailQueue(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record Due(
            UUID id,
            UUID accountId,
            Delivery delivery,
            Instant dueAt,
            @Nullable UUID notificationId,
            int attempts) {}

    @Transactional
    List<Due> lease(int limit, Duration lease) {
        return jdbc.prepareStatement("""
                UPDATE notification_mail SET next_attempt_at = now() + ? * interval '1 millisecond',
                                             attempts = attempts + 1
                WHERE id IN (SELECT id FROM notification_mail WHERE parked_at IS NULL AND next_attempt_at <= now()
                             ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, account_id, delivery, due_at, notification_id, attempts""", statement -> {
            statement.setLong(1, lease.toMillis());
            statement.setInt(2, limit);
            List<Due> due = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            Delivery.valueOf(rows.getString(3)),
                            rows.getTimestamp(4).toInstant(),
                            rows.getObject(5, UUID.class),
                            rows.getInt(6)));
                }
            }
            return due;
        });
    }

    @Transactional
    void sent(UUID id) {
        jdbc.prepareStatement("DELETE FROM notification_mail WHERE id = ?", statement -> {
            statement.setObject(1, id);
            return statement.executeUpdate();
        });
    }

    /** Tried again after {@code wait}, or parked when {@code park}. */
    @Transactional
    void failed(UUID id, String error, Duration wait, boolean park) {
        jdbc.prepareStatement("""
                UPDATE notification_mail SET next_attempt_at = ?, last_error = left(?, 1000),
                                             parked_at = CASE WHEN ? THEN now() END
                WHERE id = ?""", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now().plus(wait)));
            statement.setString(2, error);
            statement.setBoolean(3, park);
            statement.setObject(4, id);
            return statement.executeUpdate();
        });
    }
}
