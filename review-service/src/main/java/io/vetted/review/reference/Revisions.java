package io.vetted.review.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An author's earlier wordings of a reference, kept on each edit with what the edit changed:
 * references are edited, never rewritten silently, and anyone can read the history.
 */
@Singleton
class Revisions {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    Revisions(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void keep(Reference current, Set<Change> changes) {
        String content;
        try {
            content = json.writeValueAsString(current.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant written = current.editedAt() != null ? current.editedAt() : current.createdAt();
        jdbc.prepareStatement("""
                INSERT INTO reference_revision
                       (id, reference_id, revision, content, written_at, replaced_at, substantive, changes)
                SELECT ?, ?, coalesce(max(revision), 0) + 1, ?::jsonb, ?, now(), ?, ?
                  FROM reference_revision WHERE reference_id = ?""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, current.id());
            statement.setString(3, content);
            statement.setTimestamp(4, Timestamp.from(written));
            statement.setBoolean(5, !changes.isEmpty());
            statement.setArray(
                    6,
                    statement
                            .getConnection()
                            .createArrayOf(
                                    "text", changes.stream().map(Enum::name).toArray()));
            statement.setObject(7, current.id());
            return statement.executeUpdate();
        });
    }

    List<RevisionResponse> of(UUID referenceId) {
        return jdbc.prepareStatement("""
                SELECT revision, content::text, written_at, replaced_at, substantive, changes FROM reference_revision
                 WHERE reference_id = ? ORDER BY revision""", statement -> {
            statement.setObject(1, referenceId);
            List<RevisionResponse> revisions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ReferenceContent content = json.readValue(rows.getString(2), ReferenceContent.class);
                    Engagement engagement = content.engagement();
                    revisions.add(new RevisionResponse(
                            rows.getInt(1),
                            content.rating(),
                            content.comment(),
                            rows.getTimestamp(3).toInstant(),
                            rows.getTimestamp(4).toInstant(),
                            content.criteria().asMap(),
                            content.company().name(),
                            Arrays.stream(engagement.services())
                                    .map(Specialty::valueOf)
                                    .toList(),
                            engagement.start(),
                            engagement.end(),
                            rows.getBoolean(5),
                            Arrays.stream((String[]) rows.getArray(6).getArray())
                                    .map(Change::valueOf)
                                    .toList()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return revisions;
        });
    }
}
