package io.vetted.vendor.gdpr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.support.db.AccountRows;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An account's data in vendor-service: the profile it owns (with everything hanging off it), its
 * team membership, the invitations it sent, and what it asked of moderators about its company
 * (documents as their digest: only moderators read them, and only until they decide). Read as JSON by PostgreSQL so that columns the
 * profile gains later are exported without a change here.
 */
@Singleton
class PersonalData {

    private static final Map<String, String> EXPORT = new LinkedHashMap<>();

    static {
        EXPORT.put("ownedProfiles", "SELECT * FROM provider WHERE owner_account_id = ?");
        EXPORT.put("teamMemberships", "SELECT * FROM team_member WHERE account_id = ?");
        EXPORT.put(
                "invitationsSent",
                "SELECT id, provider_id, email, created_at FROM team_invitation WHERE invited_by = ?");
        EXPORT.put("companyChecksRequested", """
                SELECT id, provider_id, siren, evidence, contact_email, note, status, decision_reason, created_at,
                       decided_at FROM company_check WHERE requested_by = ?""");
        EXPORT.put("sirenContestsOpened", """
                SELECT id, siren, claimant_provider_id, claimant_statement, status, winner, decision_reason,
                       created_at, decided_at FROM siren_contest WHERE opened_by = ?""");
        EXPORT.put("identityChangesMade", """
                SELECT id, provider_id, field, previous_value, new_value, changed_at FROM identity_change
                 WHERE changed_by = ?""");
        EXPORT.put(
                "documentsUploaded",
                "SELECT id, provider_id, media_type, sha256, created_at FROM evidence_document WHERE uploaded_by = ?");
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
        update("DELETE FROM team_member WHERE account_id = ?", accountId);
        update("DELETE FROM team_invitation WHERE invited_by = ?", accountId);
        if (email != null) {
            // invitations to join a team, still addressed to the person
            jdbc.prepareStatement("DELETE FROM team_invitation WHERE email = ?", statement -> {
                statement.setString(1, email.strip().toLowerCase(Locale.ROOT));
                return statement.executeUpdate();
            });
        }
        // The profile is the agency's, not only the person's: it passes to the longest-standing member.
        update("""
                WITH heir AS (
                    DELETE FROM team_member WHERE account_id = (
                        SELECT m.account_id FROM team_member m JOIN provider p ON p.id = m.provider_id
                        WHERE p.owner_account_id = ?
                          -- one profile per owner: a member who owns one already (older data) cannot inherit
                          AND NOT EXISTS (SELECT 1 FROM provider own WHERE own.owner_account_id = m.account_id)
                        ORDER BY m.added_at, m.account_id LIMIT 1)
                    RETURNING account_id, provider_id)
                UPDATE provider SET owner_account_id = heir.account_id, version = version + 1, updated_at = now()
                FROM heir WHERE provider.id = heir.provider_id""", accountId);
        update("DELETE FROM provider WHERE owner_account_id = ?", accountId);
    }

    private Object rows(String query, UUID accountId) {
        return AccountRows.read(jdbc.getConnection(), json, query, accountId);
    }

    private void update(String sql, UUID accountId) {
        jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, accountId);
            return statement.executeUpdate();
        });
    }
}
