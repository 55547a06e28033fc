package io.vetted.e2e.drill;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * References as review-service stores them against what each author was told: an acknowledged id
 * that is not stored is lost; a stored reference beyond the acknowledged ones and the writes that
 * ended without an answer is a duplicate, and so is a key that names another reference than the
 * one its client was given.
 */
final class ReferenceCheck {

    private ReferenceCheck() {}

    /**
     * {@code keysSent}: each author's Idempotency-Keys. Where the ledger holds the id each client was
     * told ({@link WriteKind#REFERENCE}), the key must name that same reference.
     */
    static Tally check(Ledger ledger, Map<UUID, Set<String>> keysSent, Connection review) throws SQLException {
        Map<String, String> told = ledger.acknowledged();
        Set<String> unresolved = ledger.unresolved();
        boolean idsTold = ledger.kind() == WriteKind.REFERENCE;
        long lost = 0;
        long duplicated = 0;
        for (Map.Entry<UUID, Set<String>> author : keysSent.entrySet()) {
            Set<String> stored = storedIds(review, author.getKey());
            Map<String, String> keys = keys(review, author.getKey());
            Set<String> toldIds = new HashSet<>();
            long unanswered = 0;
            for (String key : author.getValue()) {
                String id = keys.get(key);
                if (told.containsKey(key)) {
                    lost += id != null && stored.contains(id) ? 0 : 1;
                    duplicated += !idsTold || told.get(key).equals(id) ? 0 : 1;
                    if (id != null) {
                        toldIds.add(id);
                    }
                } else if (unresolved.contains(key)) {
                    unanswered++;
                }
            }
            Set<String> extra = new HashSet<>(stored);
            extra.removeAll(toldIds);
            duplicated += Math.max(0, extra.size() - unanswered);
        }
        return Tally.of(ledger, lost, duplicated);
    }

    private static Set<String> storedIds(Connection review, UUID author) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement statement =
                review.prepareStatement("SELECT id FROM reference WHERE author_account_id = ?")) {
            statement.setObject(1, author);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static Map<String, String> keys(Connection review, UUID author) throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (PreparedStatement statement =
                review.prepareStatement("SELECT key, reference_id FROM idempotency_key WHERE account_id = ?")) {
            statement.setObject(1, author);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return keys;
    }
}
