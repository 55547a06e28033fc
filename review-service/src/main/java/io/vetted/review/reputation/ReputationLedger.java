package io.vetted.review.reputation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * Keeps each provider's running reputation and queues every new snapshot for vendor-service in
 * the caller's transaction, so a reference and its effect are stored together or not at all.
 */
@Singleton
public class ReputationLedger {

    private final JdbcOperations jdbc;
    private final Outbox outbox;

    ReputationLedger(JdbcOperations jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReputationSnapshot recordRating(UUID providerId, int rating) {
        // The row lock taken by the upsert serialises writers per provider, so versions never repeat.
        ReputationSnapshot snapshot = jdbc.prepareStatement("""
                INSERT INTO provider_reputation (provider_id, reference_count, rating_sum, version, updated_at)
                VALUES (?, 1, ?, 1, now())
                ON CONFLICT (provider_id) DO UPDATE
                   SET reference_count = provider_reputation.reference_count + 1,
                       rating_sum = provider_reputation.rating_sum + EXCLUDED.rating_sum,
                       version = provider_reputation.version + 1,
                       updated_at = now()
                RETURNING reference_count, rating_sum, version""", statement -> {
            statement.setObject(1, providerId);
            statement.setInt(2, rating);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return snapshot(providerId, row.getInt("reference_count"), row.getInt("rating_sum"), row.getLong("version"));
            }
        });
        outbox.enqueue(providerId, ReputationSnapshot.EVENT_TYPE, snapshot);
        return snapshot;
    }

    @ReadOnly
    public ReputationView current(UUID providerId) {
        return jdbc.prepareStatement(
                "SELECT reference_count, rating_sum, version FROM provider_reputation WHERE provider_id = ?", statement -> {
                    statement.setObject(1, providerId);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return ReputationView.NONE;
                        }
                        ReputationSnapshot snapshot = snapshot(providerId, row.getInt("reference_count"),
                                row.getInt("rating_sum"), row.getLong("version"));
                        return new ReputationView(snapshot.averageRating(), snapshot.referenceCount(), snapshot.sourceVersion());
                    }
                });
    }

    private static ReputationSnapshot snapshot(UUID providerId, int count, int sum, long version) {
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new ReputationSnapshot(providerId, version, average, count);
    }
}
