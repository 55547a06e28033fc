package io.vetted.vendor.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The three kinds of identity work in one queue, each branch read through its own partial index. */
@Singleton
class IdentityQueue {

    private static final String WAITING = """
            SELECT 'COMPANY_CHECK' AS kind, c.id, c.provider_id, p.name AS provider_name, c.siren,
                   c.created_at AS waiting_since, ci.register_state, ci.register_name, c.evidence, c.document_id,
                   c.contact_email, nullif(c.note, '') AS statement, NULL::uuid AS other_provider_id,
                   NULL AS other_provider_name, NULL AS other_statement, NULL::uuid AS other_document_id,
                   NULL AS field, NULL AS previous_value, NULL AS new_value
              FROM company_check c JOIN provider p ON p.id = c.provider_id
              LEFT JOIN company_identity ci ON ci.provider_id = c.provider_id AND ci.siren = c.siren
             WHERE c.status = 'PENDING'
            UNION ALL
            SELECT 'SIREN_CONTEST', s.id, s.claimant_provider_id, cp.name, s.siren, s.created_at,
                   ci.register_state, ci.register_name, NULL, s.claimant_document_id, NULL, s.claimant_statement,
                   s.holder_provider_id, hp.name, s.holder_statement, s.holder_document_id, NULL, NULL, NULL
              FROM siren_contest s JOIN provider cp ON cp.id = s.claimant_provider_id
              JOIN provider hp ON hp.id = s.holder_provider_id
              LEFT JOIN company_identity ci ON ci.provider_id = s.holder_provider_id AND ci.siren = s.siren
             WHERE s.status = 'OPEN'
            UNION ALL
            SELECT 'IDENTITY_CHANGE', i.id, i.provider_id, p.name, p.siren, i.changed_at,
                   ci.register_state, ci.register_name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   i.field, i.previous_value, i.new_value
              FROM identity_change i JOIN provider p ON p.id = i.provider_id
              LEFT JOIN company_identity ci ON ci.provider_id = i.provider_id
             WHERE i.review_status = 'PENDING'""";

    private final JdbcOperations jdbc;

    IdentityQueue(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    IdentityQueueResponse page(@Nullable QueueKind kind, int page, int size) {
        Map<QueueKind, Long> waiting = new EnumMap<>(QueueKind.class);
        Instant[] oldest = new Instant[1];
        jdbc.prepareStatement(
                "SELECT kind, count(*), min(waiting_since) FROM (" + WAITING + ") q GROUP BY kind", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            waiting.put(QueueKind.valueOf(rows.getString(1)), rows.getLong(2));
                            Instant since = rows.getTimestamp(3).toInstant();
                            oldest[0] = oldest[0] == null || since.isBefore(oldest[0]) ? since : oldest[0];
                        }
                    }
                    return null;
                });
        List<IdentityQueueResponse.Entry> entries = jdbc.prepareStatement(
                "SELECT * FROM (" + WAITING + ") q WHERE (?::text IS NULL OR kind = ?::text)"
                        + " ORDER BY waiting_since, id LIMIT ? OFFSET ?",
                statement -> entries(statement, kind, page, size));
        long total = kind == null
                ? waiting.values().stream().mapToLong(Long::longValue).sum()
                : waiting.getOrDefault(kind, 0L);
        return new IdentityQueueResponse(entries, total, page, size, waiting, oldest[0]);
    }

    private static List<IdentityQueueResponse.Entry> entries(
            PreparedStatement statement, @Nullable QueueKind kind, int page, int size) throws SQLException {
        String kindName = kind == null ? null : kind.name();
        statement.setString(1, kindName);
        statement.setString(2, kindName);
        statement.setInt(3, size);
        statement.setLong(4, (long) page * size);
        List<IdentityQueueResponse.Entry> entries = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                entries.add(new IdentityQueueResponse.Entry(
                        QueueKind.valueOf(row.getString("kind")),
                        row.getObject("id", UUID.class),
                        row.getObject("provider_id", UUID.class),
                        row.getString("provider_name"),
                        row.getString("siren"),
                        instant(row.getTimestamp("waiting_since")),
                        row.getString("register_state"),
                        row.getString("register_name"),
                        row.getString("evidence"),
                        row.getObject("document_id", UUID.class),
                        row.getString("contact_email"),
                        row.getString("statement"),
                        row.getObject("other_provider_id", UUID.class),
                        row.getString("other_provider_name"),
                        row.getString("other_statement"),
                        row.getObject("other_document_id", UUID.class),
                        row.getString("field"),
                        row.getString("previous_value"),
                        row.getString("new_value")));
            }
        }
        return entries;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
