package io.vetted.review.gdpr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.db.AccountRows;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An account's data in review-service. Erasure keeps the references (buyers rely on them) but
 * cuts them from the person: a random author id, a neutral author name, no email domain, no
 * contact; contact requests to or from the person are deleted; the person's other traces
 * (reports, replies, disputes) keep their content under a random id.
 */
@Singleton
class PersonalData {

    static final String DELETED_AUTHOR = "Compte supprimé";

    private static final Map<String, String> EXPORT = new LinkedHashMap<>();
    private static final List<String> ERASE = List.of(
            "DELETE FROM contact_request WHERE requester_account_id = ? OR author_account_id = ?",
            "DELETE FROM idempotency_key WHERE account_id = ? OR account_id = ?",
            "DELETE FROM reviewer WHERE account_id = ? OR account_id = ?",
            "UPDATE reference_report SET reporter_account_id = gen_random_uuid() WHERE reporter_account_id = ? OR reporter_account_id = ?",
            "UPDATE reference_reply SET author_account_id = gen_random_uuid() WHERE author_account_id = ? OR author_account_id = ?",
            "UPDATE reference_dispute SET opened_by = gen_random_uuid() WHERE opened_by = ? OR opened_by = ?",
            "UPDATE reference_dispute SET decided_by = gen_random_uuid() WHERE decided_by = ? OR decided_by = ?",
            "UPDATE moderation_decision SET moderator_id = gen_random_uuid() WHERE moderator_id = ? OR moderator_id = ?",
            "DELETE FROM action_log WHERE actor = 'account:' || ?::text OR actor = 'account:' || ?::text",
            "UPDATE reference SET author_account_id = gen_random_uuid(), author_name = '" + DELETED_AUTHOR + "', "
                    + "author_email_domain = '', verification_company_domain = NULL, contact_allowed = false, author_deleted_at = now(), "
                    + "version = version + 1, updated_at = now() WHERE author_account_id = ? OR author_account_id = ?");

    static {
        EXPORT.put("references", "SELECT * FROM reference WHERE author_account_id = ?");
        // each side's export names the request, never the other person's account
        EXPORT.put("contactRequestsMade", """
                SELECT id, reference_id, requester_name, requester_company, message, status, shared_contact,
                       created_at, decided_at FROM contact_request WHERE requester_account_id = ?""");
        EXPORT.put("contactRequestsReceived", """
                SELECT id, reference_id, requester_name, requester_company, message, status, shared_contact,
                       created_at, decided_at FROM contact_request WHERE author_account_id = ?""");
        EXPORT.put("reportsFiled", """
                SELECT id, reference_id, target, reason, details, resolution, created_at, resolved_at
                  FROM reference_report WHERE reporter_account_id = ?""");
        EXPORT.put("repliesWritten", "SELECT * FROM reference_reply WHERE author_account_id = ?");
    }

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
    void erase(UUID accountId, @Nullable String email) {
        for (String statement : ERASE) {
            jdbc.prepareStatement(statement, update -> {
                update.setObject(1, accountId);
                update.setObject(2, accountId);
                return update.executeUpdate();
            });
        }
        if (email != null) {
            // a client's invitations still waiting for a reference; a used one belongs to its anonymised reference
            jdbc.prepareStatement("DELETE FROM invitation WHERE email = ? AND used_at IS NULL", update -> {
                update.setString(1, email.strip().toLowerCase(Locale.ROOT));
                return update.executeUpdate();
            });
        }
    }

    private Object rows(String query, UUID accountId) {
        return AccountRows.read(jdbc.getConnection(), json, query, accountId);
    }
}
