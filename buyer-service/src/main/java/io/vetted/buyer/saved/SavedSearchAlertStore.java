package io.vetted.buyer.saved;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The saved searches a new provider may be alerted to, and the (saved search, provider) pairs already alerted. */
@Singleton
class SavedSearchAlertStore {

    record Candidate(UUID savedSearchId, UUID accountId, String name, String vendorQuery) {}

    private final JdbcOperations jdbc;

    SavedSearchAlertStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Searches with a vendor query not yet alerted to this provider, leaving out its owner's own. */
    @ReadOnly
    List<Candidate> candidates(UUID provider, @Nullable UUID owner) {
        return jdbc.prepareStatement("""
                SELECT s.id, s.account_id, s.name, s.vendor_query FROM saved_search s
                 WHERE s.vendor_query IS NOT NULL AND s.account_id IS DISTINCT FROM ?::uuid
                   AND NOT EXISTS (SELECT 1 FROM saved_search_alert a
                                    WHERE a.saved_search_id = s.id AND a.provider_id = ?)
                 ORDER BY s.vendor_query, s.id""", statement -> {
            statement.setObject(1, owner);
            statement.setObject(2, provider);
            List<Candidate> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new Candidate(
                            rows.getObject(1, UUID.class),
                            rows.getObject(2, UUID.class),
                            rows.getString(3),
                            rows.getString(4)));
                }
            }
            return found;
        });
    }

    /** Recorded once identity-service accepted the alert; a search deleted meanwhile records nothing. */
    @Transactional
    void alerted(UUID savedSearchId, UUID provider) {
        jdbc.prepareStatement("""
                INSERT INTO saved_search_alert (saved_search_id, provider_id)
                SELECT id, ? FROM saved_search WHERE id = ? ON CONFLICT DO NOTHING""", statement -> {
            statement.setObject(1, provider);
            statement.setObject(2, savedSearchId);
            return statement.executeUpdate();
        });
    }
}
