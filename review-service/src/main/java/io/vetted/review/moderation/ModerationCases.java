package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps a reference's row of the moderation queue ({@code moderation_case}) in step with what is
 * open on it: flags, reports, a dispute, evidence. Called in the transaction of every such change.
 */
@Singleton
public class ModerationCases {

    private final JdbcOperations jdbc;

    ModerationCases(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(UUID referenceId) {
        Map<CaseKind, Instant> open = open(referenceId);
        if (open.isEmpty()) {
            delete(referenceId);
            return;
        }
        int risk = open.keySet().stream().mapToInt(CaseKind::risk).sum();
        Instant since = open.values().stream().min(Instant::compareTo).orElseThrow();
        int written = jdbc.prepareStatement("""
                INSERT INTO moderation_case (reference_id, provider_id, risk, waiting_since, kinds, updated_at)
                SELECT id, provider_id, ?, ?, ?, now() FROM reference WHERE id = ? AND status <> 'WITHDRAWN'
                ON CONFLICT (reference_id) DO UPDATE SET risk = EXCLUDED.risk, waiting_since = EXCLUDED.waiting_since,
                       kinds = EXCLUDED.kinds, updated_at = EXCLUDED.updated_at""", statement -> {
            statement.setInt(1, risk);
            statement.setTimestamp(2, Timestamp.from(since));
            statement.setArray(
                    3,
                    statement
                            .getConnection()
                            .createArrayOf(
                                    "text",
                                    open.keySet().stream().map(Enum::name).toArray()));
            statement.setObject(4, referenceId);
            return statement.executeUpdate();
        });
        if (written == 0) {
            delete(referenceId);
        }
    }

    record Stats(long waiting, double oldestSeconds, long decisionsPerDay) {}

    @ReadOnly
    Stats stats() {
        return jdbc.prepareStatement("""
                SELECT (SELECT count(*) FROM moderation_case),
                       (SELECT coalesce(extract(epoch FROM now() - min(waiting_since)), 0) FROM moderation_case),
                       (SELECT count(*) FROM moderation_decision WHERE decided_at > now() - interval '24 hours')""", statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Stats(row.getLong(1), row.getDouble(2), row.getLong(3));
            }
        });
    }

    private Map<CaseKind, Instant> open(UUID referenceId) {
        return jdbc.prepareStatement("""
                SELECT kind, min(created_at) FROM (
                    SELECT kind, created_at FROM reference_flag WHERE reference_id = ? AND resolved_at IS NULL
                    UNION ALL
                    SELECT CASE target WHEN 'REPLY' THEN 'REPLY_REPORT' ELSE 'REPORT' END, created_at
                      FROM reference_report WHERE reference_id = ? AND resolved_at IS NULL
                    UNION ALL
                    SELECT 'DISPUTE', created_at FROM reference_dispute WHERE reference_id = ? AND outcome IS NULL
                    UNION ALL
                    SELECT 'EVIDENCE', uploaded_at FROM engagement_evidence WHERE reference_id = ?) o
                 GROUP BY kind""", statement -> {
            for (int i = 1; i <= 4; i++) {
                statement.setObject(i, referenceId);
            }
            Map<CaseKind, Instant> open = new EnumMap<>(CaseKind.class);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    open.put(
                            CaseKind.valueOf(rows.getString(1)),
                            rows.getTimestamp(2).toInstant());
                }
            }
            return open;
        });
    }

    private void delete(UUID referenceId) {
        jdbc.prepareStatement("DELETE FROM moderation_case WHERE reference_id = ?", statement -> {
            statement.setObject(1, referenceId);
            return statement.executeUpdate();
        });
    }
}
