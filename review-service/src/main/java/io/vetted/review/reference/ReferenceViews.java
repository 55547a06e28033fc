package io.vetted.review.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
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

/** Turns stored references into what readers see: labels from verification and disputes, and the provider's reply. */
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

    /** In the order given; two queries whatever the number of references. */
    @ReadOnly
    public List<ReferenceResponse> all(List<Reference> references, boolean forAuthor) {
        if (references.isEmpty()) {
            return List.of();
        }
        UUID[] ids = references.stream().map(Reference::id).toArray(UUID[]::new);
        Set<UUID> disputed = disputed(ids);
        Map<UUID, ReferenceResponse.ReplyView> replies = replies(ids);
        List<ReferenceResponse> views = new ArrayList<>();
        for (Reference reference : references) {
            views.add(ReferenceResponse.of(
                    reference,
                    labels(reference, disputed.contains(reference.id())),
                    replies.get(reference.id()),
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
        if (labels.isEmpty()) {
            labels.add(Label.NOT_VERIFIED);
        }
        if (disputed) {
            labels.add(Label.UNDER_DISPUTE);
        }
        return labels;
    }

    private Set<UUID> disputed(UUID[] ids) {
        return jdbc.prepareStatement(
                "SELECT reference_id FROM reference_dispute WHERE outcome IS NULL AND reference_id = ANY (?)",
                statement -> {
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
        return jdbc.prepareStatement(
                "SELECT reference_id, body, created_at, edited_at FROM reference_reply WHERE reference_id = ANY (?)",
                statement -> {
                    statement.setArray(1, array(statement.getConnection(), ids));
                    Map<UUID, ReferenceResponse.ReplyView> found = new HashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            var edited = rows.getTimestamp("edited_at");
                            found.put(
                                    rows.getObject(1, UUID.class),
                                    new ReferenceResponse.ReplyView(
                                            rows.getString("body"),
                                            rows.getTimestamp("created_at").toInstant(),
                                            edited == null ? null : edited.toInstant()));
                        }
                    }
                    return found;
                });
    }

    private static Array array(Connection connection, UUID[] ids) throws SQLException {
        return connection.createArrayOf("uuid", ids);
    }
}
