package io.vetted.buyer.gdpr;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.db.AccountRows;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An account's workspace in buyer-service: requirements, shortlists, saved searches, quote requests
 * and what the person wrote in quote threads. The export reads rows as JSON so that columns added
 * later are exported without a change here. A share link's token is never stored, so the export
 * shows only whether a list is shared.
 */
@Singleton
class PersonalData {

    private static final Map<String, String> EXPORT = new LinkedHashMap<>();

    static {
        EXPORT.put("requirements", "SELECT * FROM requirements WHERE account_id = ?");
        EXPORT.put("shortlists", """
                SELECT s.id, s.name, s.shared_at IS NOT NULL AS shared, s.created_at, s.updated_at,
                       coalesce((SELECT json_agg(e ORDER BY e.created_at) FROM (
                           SELECT provider_id, note, status, rejection_reason, created_at, updated_at
                             FROM shortlist_entry WHERE shortlist_id = s.id) e), '[]'::json) AS entries
                  FROM shortlist s WHERE s.account_id = ? ORDER BY s.created_at""");
        EXPORT.put(
                "savedSearches",
                "SELECT id, name, query, last_visited_at, created_at FROM saved_search WHERE account_id = ?");
        EXPORT.put(
                "watches",
                "SELECT provider_id, created_at FROM provider_watch WHERE account_id = ? ORDER BY created_at");
        EXPORT.put("quoteRequests", "SELECT * FROM quote_request WHERE account_id = ? ORDER BY created_at");
        EXPORT.put("quoteMessagesWritten", """
                SELECT quote_request_id, side, body, created_at FROM quote_message
                 WHERE author_account_id = ? ORDER BY created_at """);
    }

    /**
     * The buyer's requests go with their shortlists (and their threads with them). What a provider's
     * team member wrote in a buyer's thread stays for that buyer, under a random author id.
     */
    private static final List<String> ERASE = List.of(
            "UPDATE quote_message SET author_account_id = gen_random_uuid() WHERE author_account_id = ?",
            "DELETE FROM quote_request WHERE account_id = ?",
            "DELETE FROM shortlist WHERE account_id = ?",
            "DELETE FROM saved_search WHERE account_id = ?",
            "DELETE FROM requirements WHERE account_id = ?",
            // price-watch alerts not yet handed to identity-service
            "DELETE FROM watch_alert_recipient WHERE account_id = ?",
            "DELETE FROM provider_watch WHERE account_id = ?");

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    PersonalData(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @ReadOnly
    Map<String, Object> export(UUID accountId) {
        Map<String, Object> export = new LinkedHashMap<>();
        EXPORT.forEach((name, query) -> export.put(name, rows(query, accountId)));
        return export;
    }

    @Transactional
    void erase(UUID accountId) {
        ERASE.forEach(statement -> jdbc.prepareStatement(statement, prepared -> {
            prepared.setObject(1, accountId);
            return prepared.executeUpdate();
        }));
    }

    private Object rows(String query, UUID accountId) {
        return AccountRows.read(jdbc.getConnection(), json, query, accountId);
    }
}
