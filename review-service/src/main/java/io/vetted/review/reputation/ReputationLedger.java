package io.vetted.review.reputation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * Recomputes a provider's reputation from its references in the caller's transaction, after every
 * change, and queues the new snapshot for vendor-service in that same transaction: a change and
 * its effect are stored together or not at all, and versions follow the order of commits.
 */
@Singleton
public class ReputationLedger {

    private final JdbcOperations jdbc;
    private final ReputationCalculator calculator;
    private final Outbox outbox;

    ReputationLedger(JdbcOperations jdbc, ReputationCalculator calculator, Outbox outbox) {
        this.jdbc = jdbc;
        this.calculator = calculator;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReputationView recompute(UUID providerId) {
        // The upsert's row lock serialises writers per provider: the computation below then sees
        // every change committed before, so a higher version never describes older data.
        long version = jdbc.prepareStatement("""
                INSERT INTO provider_reputation (provider_id, reference_count, rating_sum, version, updated_at)
                VALUES (?, 0, 0, 1, now())
                ON CONFLICT (provider_id) DO UPDATE
                   SET version = provider_reputation.version + 1, updated_at = now()
                RETURNING version""", statement -> {
            statement.setObject(1, providerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        ReputationCalculator.Computed computed = calculator.compute(providerId, version);
        jdbc.prepareStatement(
                "UPDATE provider_reputation SET reference_count = ?, rating_sum = ? WHERE provider_id = ?",
                statement -> {
                    statement.setInt(1, computed.view().referenceCount());
                    statement.setInt(2, computed.ratingSum());
                    statement.setObject(3, providerId);
                    return statement.executeUpdate();
                });
        outbox.enqueue(
                providerId, ReputationSnapshot.EVENT_TYPE, computed.view().snapshot(providerId));
        return computed.view();
    }

    @ReadOnly
    public ReputationView current(UUID providerId) {
        long version =
                jdbc.prepareStatement("SELECT version FROM provider_reputation WHERE provider_id = ?", statement -> {
                    statement.setObject(1, providerId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? row.getLong(1) : 0L;
                    }
                });
        return calculator.compute(providerId, version).view();
    }
}
