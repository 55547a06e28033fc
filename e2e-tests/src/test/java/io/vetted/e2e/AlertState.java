package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the databases say about a price alert on its way, read through connections held open so that
 * a poll takes a millisecond: vendor-service's outbox, buyer-service's record of the event, and
 * identity-service's notifications and mail queue. The connections outlive a killed service.
 */
final class AlertState implements AutoCloseable {

    record Count(long total, long accounts) {}

    private final Connection identity;
    private final Connection vendor;
    private final Connection buyer;

    AlertState(Platform platform) {
        try {
            identity = platform.database(platform.identity).connect();
            vendor = platform.database(platform.vendor).connect();
            buyer = platform.database(platform.buyer).connect();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event buyer-service recorded and is handing to identity-service, if one is under way. */
    UUID handingOver(UUID provider) {
        return one(buyer, """
                SELECT a.event_id FROM watch_alert a
                WHERE a.provider_id = ? AND a.delivered_at IS NULL
                  AND EXISTS (SELECT 1 FROM watch_alert_recipient r WHERE r.event_id = a.event_id)""", UUID.class, provider);
    }

    /** The newest event buyer-service received about the provider, once it is not one of {@code known}. */
    UUID received(UUID provider, Set<UUID> known) {
        UUID newest = one(
                buyer,
                "SELECT event_id FROM watch_alert WHERE provider_id = ? ORDER BY received_at DESC LIMIT 1",
                UUID.class,
                provider);
        return newest == null || known.contains(newest) ? null : newest;
    }

    /** That event while identity-service's statement storing its notifications runs, uncommitted. */
    UUID storing(UUID provider) {
        Long running = one(identity, """
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND state = 'active' AND query LIKE 'WITH fresh AS%'""", Long.class);
        return running > 0 ? handingOver(provider) : null;
    }

    boolean allDelivered(UUID provider) {
        return handingOver(provider) == null && outboxEvents(provider) == 0;
    }

    long outboxEvents(UUID provider) {
        return one(vendor, "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", Long.class, provider);
    }

    Count notifications(UUID event) {
        long total = one(identity, "SELECT count(*) FROM notification WHERE event_id = ?", Long.class, event);
        long accounts = one(
                identity, "SELECT count(DISTINCT account_id) FROM notification WHERE event_id = ?", Long.class, event);
        return new Count(total, accounts);
    }

    boolean notified(UUID event, UUID account) {
        return one(
                        identity,
                        "SELECT count(*) FROM notification WHERE event_id = ? AND account_id = ?",
                        Long.class,
                        event,
                        account)
                > 0;
    }

    String subject(UUID event, UUID account) {
        return one(
                identity,
                "SELECT subject FROM notification WHERE event_id = ? AND account_id = ?",
                String.class,
                event,
                account);
    }

    long mailsQueued(UUID account) {
        return one(identity, "SELECT count(*) FROM notification_mail WHERE account_id = ?", Long.class, account);
    }

    /** The first non-null answer, asked as often as the database answers, or null after {@code timeout}. */
    static <T> T poll(Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T seen = probe.get();
            if (seen != null) {
                return seen;
            }
            pause(1);
        }
        return null;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T one(Connection connection, String sql, Class<T> type, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getObject(1, type) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try (identity;
                vendor;
                buyer) {
            // closes all three, the first failure thrown with the others suppressed
        }
    }
}
