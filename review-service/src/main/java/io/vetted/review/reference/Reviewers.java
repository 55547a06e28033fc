package io.vetted.review.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.limits.DailyLimitReached;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The per-author daily limit, counted in the database inside the writing transaction. Locking the
 * author's row first makes two simultaneous posts by one account take turns, so both cannot pass.
 */
@Singleton
class Reviewers {

    private final JdbcOperations jdbc;
    private final int dailyLimit;

    Reviewers(JdbcOperations jdbc, ReferenceConfiguration config) {
        this.jdbc = jdbc;
        this.dailyLimit = config.dailyLimit();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void lockAndCheckDailyLimit(UUID author) {
        jdbc.prepareStatement("""
                INSERT INTO reviewer (account_id, first_seen_at, last_write_at) VALUES (?, now(), now())
                ON CONFLICT (account_id) DO UPDATE SET last_write_at = now()""", statement -> {
            statement.setObject(1, author);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("""
                SELECT count(*), min(created_at) FROM reference
                 WHERE author_account_id = ? AND created_at > now() - interval '24 hours'""", statement -> {
            statement.setObject(1, author);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getInt(1) >= dailyLimit) {
                    Instant oldest = row.getTimestamp(2).toInstant();
                    throw new DailyLimitReached(
                            dailyLimit,
                            "references",
                            Duration.between(Instant.now(), oldest.plus(Duration.ofHours(24))));
                }
            }
            return null;
        });
    }
}
