package io.vetted.e2e;

import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Thousands of buyers watching one provider, made in SQL from one real buyer: signing each up
 * through the API would take minutes. Each copy is the real buyer's account and shortlist rows with
 * new ids and address (jsonb_populate_record keeps every other column as the services wrote it).
 * Unless {@code mailed}, the copies get price alerts in the notification centre only (preference
 * NEVER), so the mail queue holds the real buyer's mails alone. Copy i's ids are md5 of a tag and i
 * in both databases.
 */
final class Watchers {

    private static final String ACCOUNTS = """
            INSERT INTO account
            SELECT (jsonb_populate_record(a, jsonb_build_object(
                    'id', md5(? || '/account/' || i)::uuid,
                    'email', 'watcher-' || i || '-' || ? || '@example.test'))).*
            FROM account a, generate_series(1, ?) i WHERE a.id = ?""";
    private static final String IN_CENTRE_ONLY = """
            INSERT INTO notification_preference (id, account_id, kind, delivery)
            SELECT gen_random_uuid(), md5(? || '/account/' || i)::uuid, 'PRICE_ALERT', 'NEVER'
            FROM generate_series(1, ?) i""";
    private static final String SHORTLISTS = """
            INSERT INTO shortlist
            SELECT (jsonb_populate_record(s, jsonb_build_object(
                    'id', md5(? || '/list/' || i)::uuid, 'account_id', md5(? || '/account/' || i)::uuid))).*
            FROM shortlist s, generate_series(1, ?) i WHERE s.id = ?""";
    private static final String ENTRIES = """
            INSERT INTO shortlist_entry
            SELECT (jsonb_populate_record(e, jsonb_build_object(
                    'id', gen_random_uuid(), 'shortlist_id', md5(? || '/list/' || i)::uuid))).*
            FROM shortlist_entry e, generate_series(1, ?) i WHERE e.shortlist_id = ?""";

    private Watchers() {}

    /** {@code copies} more buyers with the same shortlist as {@code buyer}'s {@code shortlist}. */
    static void copy(Platform platform, UUID buyer, UUID shortlist, int copies, boolean mailed) {
        String tag = UUID.randomUUID().toString();
        try (Connection identity = platform.database(platform.identity).connect();
                Connection buyers = platform.database(platform.buyer).connect()) {
            update(identity, ACCOUNTS, tag, tag, copies, buyer);
            if (!mailed) {
                update(identity, IN_CENTRE_ONLY, tag, copies);
            }
            update(buyers, SHORTLISTS, tag, tag, copies, shortlist);
            update(buyers, ENTRIES, tag, copies, shortlist);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy the watcher: " + e.getMessage(), e);
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
