package io.vetted.review.reputation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        return publish(providerId, calculator.compute(providerId, version));
    }

    /**
     * The daily recompute: weights decay with time alone, so a provider nobody writes about still
     * moves. Publishes a new version only when a figure changed; returns whether it did.
     */
    @Transactional
    public boolean refresh(UUID providerId) {
        Long version = jdbc.prepareStatement(
                "SELECT version, snapshot_digest FROM provider_reputation WHERE provider_id = ? FOR UPDATE",
                statement -> {
                    statement.setObject(1, providerId);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return null;
                        }
                        var now = calculator.compute(providerId, row.getLong(1));
                        return Objects.equals(digest(now), row.getString(2)) ? null : row.getLong(1);
                    }
                });
        if (version == null) {
            return false;
        }
        recompute(providerId);
        return true;
    }

    /** A page of the providers that have a reputation, in id order after {@code after}. */
    @ReadOnly
    public List<UUID> providersAfter(UUID after, int limit) {
        return jdbc.prepareStatement(
                "SELECT provider_id FROM provider_reputation WHERE provider_id > ? ORDER BY provider_id LIMIT ?",
                statement -> {
                    statement.setObject(1, after);
                    statement.setInt(2, limit);
                    List<UUID> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getObject(1, UUID.class));
                        }
                    }
                    return found;
                });
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

    private ReputationView publish(UUID providerId, ReputationCalculator.Computed computed) {
        jdbc.prepareStatement("""
                UPDATE provider_reputation SET reference_count = ?, rating_sum = ?, snapshot_digest = ?
                 WHERE provider_id = ?""", statement -> {
            statement.setInt(1, computed.view().referenceCount());
            statement.setInt(2, computed.ratingSum());
            statement.setString(3, digest(computed));
            statement.setObject(4, providerId);
            return statement.executeUpdate();
        });
        outbox.enqueue(
                providerId, ReputationSnapshot.EVENT_TYPE, computed.view().snapshot(providerId));
        return computed.view();
    }

    /** The snapshot's figures without its version: equal digests publish nothing new. */
    private static String digest(ReputationCalculator.Computed computed) {
        return computed.view().snapshot(new UUID(0, 0)).withVersion(0).toString();
    }
}
