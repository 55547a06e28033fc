package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * review-service's database in a platform test, for the two things no API should do: age a
 * reference or a client (history a fresh platform cannot have), and read the relay's progress.
 */
final class ReviewDatabase {

    private final Platform platform;

    ReviewDatabase(Platform platform) {
        this.platform = platform;
    }

    /** A client Vetted has known for months, and its reference published {@code days} ago. */
    void establishedSince(UUID author, UUID reference, int days) {
        update(
                "INSERT INTO reviewer (account_id, first_seen_at, last_write_at) VALUES (?, now() - make_interval(days => ?),"
                        + " now()) ON CONFLICT (account_id) DO UPDATE SET first_seen_at = EXCLUDED.first_seen_at",
                author,
                days);
        update("UPDATE reference SET created_at = now() - make_interval(days => ?) WHERE id = ?", days, reference);
    }

    /** A client Vetted has known for months: its references do not count as coming from a new account. */
    void knownClient(UUID author) {
        update(
                "INSERT INTO reviewer (account_id, first_seen_at, last_write_at) VALUES (?, now() - interval '90 days',"
                        + " now()) ON CONFLICT (account_id) DO UPDATE SET first_seen_at = EXCLUDED.first_seen_at",
                author);
    }

    /** How many outbox events a relay holds under its lease now. */
    int leasedEvents() {
        try (Connection connection = platform.database(platform.review).connect();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE locked_until > now()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether every outbox event has been delivered (none waiting, none parked). */
    boolean outboxDrained() {
        try (Connection connection = platform.database(platform.review).connect();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM outbox_event");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = platform.database(platform.review).connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
