package io.vetted.review.jobs;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.UUID;

/**
 * Replica-safe scheduling: every replica's timer fires, but a job runs only where one atomic update
 * moves its {@code next_run_at} forward; the others find it already moved and skip. A replica that
 * dies mid-run leaves the job to the next period (each job is idempotent).
 */
@Singleton
public class Jobs {

    private static final String REPLICA = UUID.randomUUID().toString();

    private final JdbcOperations jdbc;

    Jobs(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether this replica is to run {@code name} now; if so it is not due again for {@code period} */
    @Transactional
    public boolean claim(String name, Duration period) {
        jdbc.prepareStatement(
                "INSERT INTO scheduled_job (name, next_run_at) VALUES (?, now()) ON CONFLICT (name) DO NOTHING",
                statement -> {
                    statement.setString(1, name);
                    return statement.executeUpdate();
                });
        return jdbc.prepareStatement("""
                UPDATE scheduled_job SET next_run_at = now() + make_interval(secs => ?), last_run_by = ?
                 WHERE name = ? AND next_run_at <= now()""", statement -> {
            statement.setDouble(1, period.toMillis() / 1000.0);
            statement.setString(2, REPLICA);
            statement.setString(3, name);
            return statement.executeUpdate() == 1;
        });
    }
}
