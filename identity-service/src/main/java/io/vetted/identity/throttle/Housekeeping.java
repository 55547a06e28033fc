package io.vetted.identity.throttle;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Drops spent counters, links and refresh tokens; idempotent, so every replica may run it. */
@Singleton
class Housekeeping {

    private final Throttle throttle;
    private final JdbcOperations jdbc;

    Housekeeping(Throttle throttle, JdbcOperations jdbc) {
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void sweep() {
        throttle.forgetOlderThan(Duration.ofDays(1));
        jdbc.prepareStatement(
                "DELETE FROM login_backoff WHERE last_failure_at < now() - interval '1 day'",
                statement -> statement.executeUpdate());
        // a device or address not seen for six months is no longer trusted to pass a pause
        jdbc.prepareStatement(
                "DELETE FROM login_familiar WHERE last_seen_at < now() - interval '180 days'",
                statement -> statement.executeUpdate());
        jdbc.prepareStatement(
                "DELETE FROM one_time_token WHERE expires_at < now() - interval '7 days'",
                statement -> statement.executeUpdate());
        jdbc.prepareStatement(
                "DELETE FROM refresh_token WHERE family_expires_at < now() - interval '1 day'",
                statement -> statement.executeUpdate());
    }
}
