package io.vetted.review.limits;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Counts each limited write in the writing transaction, under an advisory lock on the actor and
 * activity, so concurrent requests take turns and cannot both slip under the limit. A refused
 * write rolls back with everything else, its count included.
 */
@Singleton
public class DailyLimits {

    private final JdbcOperations jdbc;
    private final LimitsConfiguration config;

    DailyLimits(JdbcOperations jdbc, LimitsConfiguration config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    /** In the caller's transaction when there is one, so a refused or failed write is not counted. */
    @Transactional
    public void take(UUID account, Activity activity) {
        take("account:" + account, activity, false);
    }

    /** Anonymous writers are counted by a keyed hash of their network address. */
    @Transactional
    public void takeAnonymous(String addressHash, Activity activity) {
        take("address:" + addressHash.substring(0, Math.min(64, addressHash.length())), activity, true);
    }

    private void take(String actor, Activity activity, boolean anonymous) {
        int limit = config.of(activity, anonymous);
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 1))", statement -> {
            statement.setString(1, actor + "/" + activity);
            statement.executeQuery().close();
            return null;
        });
        jdbc.prepareStatement("""
                SELECT count(*), min(occurred_at) FROM action_log
                 WHERE actor = ? AND action = ? AND occurred_at > now() - interval '24 hours'""", statement -> {
            statement.setString(1, actor);
            statement.setString(2, activity.name());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getInt(1) >= limit) {
                    Instant oldest = row.getTimestamp(2).toInstant();
                    throw new DailyLimitReached(
                            limit,
                            activity.plural(),
                            Duration.between(Instant.now(), oldest.plus(Duration.ofHours(24))));
                }
            }
            return null;
        });
        jdbc.prepareStatement("INSERT INTO action_log (actor, action, occurred_at) VALUES (?, ?, now())", statement -> {
            statement.setString(1, actor);
            statement.setString(2, activity.name());
            return statement.executeUpdate();
        });
    }

    /** Forgets writes older than two days: they no longer count against anything. */
    @Transactional
    public int purge() {
        return jdbc.prepareStatement(
                "DELETE FROM action_log WHERE occurred_at < now() - interval '2 days'", statement -> {
                    return statement.executeUpdate();
                });
    }
}
