package io.vetted.review.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.moderation.FlagKind;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns stored references into what readers see: labels and who vouched for them, the reasons a
 * reference is under review, its edit history count, the provider's reply. One query per kind of
 * detail, whatever the number of references.
 */
@Singleton
public class ReferenceViews {

    private final JdbcOperations jdbc;

    ReferenceViews(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public ReferenceResponse one(Reference reference, boolean forAuthor) {
        return all(List.of(reference), forAuthor).get(0);
    }

    /** In the order given. */
    @ReadOnly
    public List<ReferenceResponse> all(List<Reference> references, boolean forAuthor) {
        if (references.isEmpty()) {
            return List.of();
        }
        UUID[] ids = references.stream().map(Reference::id).toArray(UUID[]::new);
        Set<UUID> disputed = ids("SELECT reference_id FROM reference_dispute WHERE outcome IS NULL", ids);
        Set<UUID> evidence = ids("SELECT reference_id FROM engagement_evidence", ids);
        Map<UUID, ReferenceResponse.ReplyView> replies = replies(ids);
        Map<UUID, List<ReferenceResponse.Reason>> reasons = reasons(ids);
        Map<UUID, Integer> revisions = revisionCounts(ids);
        List<ReferenceResponse> views = new ArrayList<>();
        for (Reference reference : references) {
            UUID id = reference.id();
            views.add(ReferenceResponse.of(
                    reference,
                    new ReferenceResponse.Extras(
                            labels(reference, disputed.contains(id)),
                            replies.get(id),
                            reasons.getOrDefault(id, List.of()),
                            revisions.getOrDefault(id, 0),
                            evidence.contains(id)),
                    forAuthor));
        }
        return views;
    }

    static List<Label> labels(Reference reference, boolean disputed) {
        List<Label> labels = new ArrayList<>();
        if (reference.invitationId() != null) {
            labels.add(Label.INVITED_BY_PROVIDER);
        }
        if (reference.engagementConfirmedAt() != null) {
            labels.add(Label.ENGAGEMENT_CONFIRMED);
        }
        if (reference.verification().verifiedAt() != null) {
            labels.add(Label.CLIENT_VERIFIED);
        }
        if (reference.verification().evidenceCheckedAt() != null) {
            labels.add(Label.EVIDENCE_CHECKED);
        }
        if (!reference.independentlyVerified()) {
            labels.add(Label.NOT_VERIFIED);
        }
        if (disputed) {
            labels.add(Label.UNDER_DISPUTE);
        }
        return labels;
    }

    private Set<UUID> ids(String sql, UUID[] ids) {
        return jdbc.prepareStatement(
                sql + (sql.contains("WHERE") ? " AND" : " WHERE") + " reference_id = ANY (?)", statement -> {
                    statement.setArray(1, array(statement.getConnection(), ids));
                    Set<UUID> found = new HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return found;
                });
    }

    private Map<UUID, ReferenceResponse.ReplyView> replies(UUID[] ids) {
        return jdbc.prepareStatement("""
                SELECT reference_id, body, created_at, edited_at, hidden_reason FROM reference_reply
                 WHERE reference_id = ANY (?)""", statement -> {
            statement.setArray(1, array(statement.getConnection(), ids));
            Map<UUID, ReferenceResponse.ReplyView> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    var edited = rows.getTimestamp("edited_at");
                    String hiddenReason = rows.getString("hidden_reason");
                    found.put(
                            rows.getObject(1, UUID.class),
                            new ReferenceResponse.ReplyView(
                                    hiddenReason == null ? rows.getString("body") : null,
                                    rows.getTimestamp("created_at").toInstant(),
                                    edited == null ? null : edited.toInstant(),
                                    hiddenReason != null,
                                    hiddenReason));
                }
            }
            return found;
        });
    }

    /** The open fraud flags, in plain words: why a reference is under review. */
    private Map<UUID, List<ReferenceResponse.Reason>> reasons(UUID[] ids) {
        return jdbc.prepareStatement("""
                SELECT reference_id, kind FROM reference_flag WHERE resolved_at IS NULL AND reference_id = ANY (?)
                 ORDER BY created_at""", statement -> {
            statement.setArray(1, array(statement.getConnection(), ids));
            Map<UUID, List<ReferenceResponse.Reason>> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    FlagKind kind = FlagKind.valueOf(rows.getString(2));
                    if (kind.quarantines()) {
                        found.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new ReferenceResponse.Reason(kind.name(), kind.explanation()));
                    }
                }
            }
            return found;
        });
    }

    private Map<UUID, Integer> revisionCounts(UUID[] ids) {
        return jdbc.prepareStatement("""
                SELECT reference_id, count(*) FROM reference_revision WHERE reference_id = ANY (?)
                 GROUP BY reference_id""", statement -> {
            statement.setArray(1, array(statement.getConnection(), ids));
            Map<UUID, Integer> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
            return found;
        });
    }

    private static Array array(Connection connection, UUID[] ids) throws SQLException {
        return connection.createArrayOf("uuid", ids);
    }
}
