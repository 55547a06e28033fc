package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Finds a reference nearly identical to another, on any provider, through indexes only: references
 * sharing at least half of the text's sentences (a hash per normalised sentence of five words or
 * more: changing the opening sentence leaves the others), or opening with the same 64 letters and
 * digits, or on the same provider, that are at least 80 % similar by trigrams (V21).
 */
@Singleton
class NearDuplicates {

    static final int SENTENCE_WORDS = 5;
    static final double SHARED_SHARE = 0.5;
    static final double SIMILARITY = 0.8;
    static final int PER_SENTENCE = 50;
    static final int OPENING_CANDIDATES = 500;
    static final int SHORTEST_TEXT = 40;

    private final JdbcOperations jdbc;

    NearDuplicates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the sentence hashes of a reference (on creation and on every edit). */
    @Transactional(Transactional.TxType.MANDATORY)
    void index(UUID referenceId, String comment) {
        jdbc.prepareStatement("DELETE FROM reference_sentence WHERE reference_id = ?", statement -> {
            statement.setObject(1, referenceId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE reference SET sentences_indexed = true WHERE id = ?", statement -> {
            statement.setObject(1, referenceId);
            return statement.executeUpdate();
        });
        Map<Long, Integer> sentences = sentences(comment);
        if (sentences.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(
                "INSERT INTO reference_sentence (reference_id, hash, length)"
                        + " SELECT ?, h, l FROM unnest(?::bigint[], ?::integer[]) AS u(h, l)",
                statement -> {
                    statement.setObject(1, referenceId);
                    statement.setArray(
                            2,
                            statement
                                    .getConnection()
                                    .createArrayOf("bigint", sentences.keySet().toArray()));
                    statement.setArray(
                            3,
                            statement
                                    .getConnection()
                                    .createArrayOf("integer", sentences.values().toArray()));
                    return statement.executeUpdate();
                });
    }

    @Nullable
    UUID twinOf(UUID referenceId, UUID providerId, String comment) {
        if (comment.length() < SHORTEST_TEXT) {
            return null;
        }
        UUID bySentences = bySentences(referenceId, comment);
        return bySentences != null ? bySentences : bySimilarity(referenceId, providerId, comment);
    }

    @Nullable
    private UUID bySentences(UUID referenceId, String comment) {
        Map<Long, Integer> sentences = sentences(comment);
        int total = sentences.values().stream().mapToInt(Integer::intValue).sum();
        if (sentences.isEmpty()) {
            return null;
        }
        return jdbc.prepareStatement("""
                SELECT c.reference_id, sum(q.length) AS shared
                  FROM unnest(?::bigint[], ?::integer[]) AS q(hash, length)
                 CROSS JOIN LATERAL (SELECT s.reference_id FROM reference_sentence s
                                      WHERE s.hash = q.hash AND s.reference_id <> ? LIMIT ?) c
                 GROUP BY c.reference_id ORDER BY shared DESC LIMIT 1""", statement -> {
            statement.setArray(
                    1,
                    statement
                            .getConnection()
                            .createArrayOf("bigint", sentences.keySet().toArray()));
            statement.setArray(
                    2,
                    statement
                            .getConnection()
                            .createArrayOf("integer", sentences.values().toArray()));
            statement.setObject(3, referenceId);
            statement.setInt(4, PER_SENTENCE);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getLong(2) >= SHARED_SHARE * total ? row.getObject(1, UUID.class) : null;
            }
        });
    }

    /** The latest {@value #OPENING_CANDIDATES} references opening the same way or on the same provider. */
    @Nullable
    private UUID bySimilarity(UUID referenceId, UUID providerId, String comment) {
        return jdbc.prepareStatement("""
                SELECT id FROM (
                    SELECT id, comment FROM reference
                     WHERE id <> ?
                       AND (left(lower(regexp_replace(comment, '[^[:alnum:]]+', '', 'g')), 64)
                                = left(lower(regexp_replace(?, '[^[:alnum:]]+', '', 'g')), 64)
                            OR provider_id = ?)
                     ORDER BY created_at DESC LIMIT ?) candidate
                 WHERE similarity(comment, ?) >= ?
                 ORDER BY similarity(comment, ?) DESC LIMIT 1""", statement -> {
            statement.setObject(1, referenceId);
            statement.setString(2, comment);
            statement.setObject(3, providerId);
            statement.setInt(4, OPENING_CANDIDATES);
            statement.setString(5, comment);
            statement.setDouble(6, SIMILARITY);
            statement.setString(7, comment);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        });
    }

    /** Hash → length of each distinct sentence of {@value #SENTENCE_WORDS}+ words, folded for comparison. */
    static Map<Long, Integer> sentences(String text) {
        Map<Long, Integer> found = new LinkedHashMap<>();
        for (String sentence : text.split("[.!?;\\n\\r…]+", -1)) {
            String folded = Normalizer.normalize(sentence, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", " ")
                    .strip();
            List<String> words = new ArrayList<>(List.of(folded.split(" ")));
            words.removeIf(String::isEmpty);
            if (words.size() >= SENTENCE_WORDS) {
                found.putIfAbsent(hash(folded), folded.length());
            }
        }
        return found;
    }

    private static long hash(String sentence) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sentence.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
