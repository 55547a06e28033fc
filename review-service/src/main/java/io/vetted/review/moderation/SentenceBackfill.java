package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the sentences of references that have none recorded yet (written before near-duplicate
 * detection, or bulk-loaded), a batch per transaction. Replicas share the work: each locks its
 * batch with SKIP LOCKED, and indexing a reference twice changes nothing.
 */
@Singleton
public class SentenceBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(SentenceBackfill.class);
    static final int BATCH = 1000;

    private final JdbcOperations jdbc;

    SentenceBackfill(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Indexes batches until none is left; @return how many references were indexed */
    public int indexAll() {
        int indexed = 0;
        int batch;
        do {
            batch = indexBatch();
            indexed += batch;
        } while (batch == BATCH);
        if (indexed > 0) {
            LOG.info("Indexed the sentences of {} earlier references for near-duplicate detection", indexed);
        }
        return indexed;
    }

    /** @return how many references this batch indexed */
    @Transactional
    public int indexBatch() {
        List<UUID> ids = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        List<UUID> owners = new ArrayList<>();
        jdbc.prepareStatement("""
                SELECT id, comment FROM reference WHERE NOT sentences_indexed
                 ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""", statement -> {
            statement.setInt(1, BATCH);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    ids.add(id);
                    for (Map.Entry<Long, Integer> s :
                            NearDuplicates.sentences(row.getString(2)).entrySet()) {
                        owners.add(id);
                        hashes.add(s.getKey());
                        lengths.add(s.getValue());
                    }
                }
            }
            return null;
        });
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.prepareStatement("""
                INSERT INTO reference_sentence (reference_id, hash, length)
                SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::integer[]) ON CONFLICT DO NOTHING""", statement -> {
            var connection = statement.getConnection();
            statement.setArray(1, connection.createArrayOf("uuid", owners.toArray()));
            statement.setArray(2, connection.createArrayOf("bigint", hashes.toArray()));
            statement.setArray(3, connection.createArrayOf("integer", lengths.toArray()));
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE reference SET sentences_indexed = true WHERE id = ANY(?)", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", ids.toArray()));
            return statement.executeUpdate();
        });
        return ids.size();
    }
}
