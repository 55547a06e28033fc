package io.vetted.identity.throttle;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.auth.OpaqueTokens;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Growing delays for one (account, address) pair: the first {@code free} failures cost nothing,
 * each one after locks the pair for {@code base}, then twice as long, up to {@code cap}. Failures
 * are forgotten after a successful sign-in or a day without any. A fixed window would let an
 * attacker keep the owner out with five guesses every 15 minutes; this locks only the attacker.
 */
@Singleton
class LoginBackoff {

    private final JdbcOperations jdbc;
    private final int free;
    private final Duration base;
    private final Duration cap;

    LoginBackoff(
            JdbcOperations jdbc,
            @Value("${vetted.throttle.login-backoff.free-failures:5}") int free,
            @Value("${vetted.throttle.login-backoff.base:1m}") Duration base,
            @Value("${vetted.throttle.login-backoff.cap:1h}") Duration cap) {
        this.jdbc = jdbc;
        this.free = free;
        this.base = base;
        this.cap = cap;
    }

    /** How long the pair stays locked, if it is. */
    @Transactional(propagation = REQUIRES_NEW, readOnly = true)
    public Optional<Duration> lockedFor(String pair) {
        return jdbc.prepareStatement(
                "SELECT locked_until FROM login_backoff WHERE key = ? AND locked_until > now()", statement -> {
                    statement.setString(1, key(pair));
                    try (var row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(Duration.between(
                                        Instant.now(), row.getTimestamp(1).toInstant()))
                                : Optional.<Duration>empty();
                    }
                });
    }

    /** Counts a failure; the lock it starts, if it starts one. */
    @Transactional(propagation = REQUIRES_NEW)
    public Optional<Duration> failed(String pair) {
        int failures = jdbc.prepareStatement("""
                INSERT INTO login_backoff (key, failures, last_failure_at) VALUES (?, 1, now())
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN login_backoff.last_failure_at < now() - interval '1 day' THEN 1
                                    ELSE login_backoff.failures + 1 END,
                    last_failure_at = now()
                RETURNING failures""", statement -> {
            statement.setString(1, key(pair));
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
        if (failures < free) {
            return Optional.empty();
        }
        Duration lock = delayAfter(failures);
        jdbc.prepareStatement("UPDATE login_backoff SET locked_until = ? WHERE key = ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now().plus(lock)));
            statement.setString(2, key(pair));
            return statement.executeUpdate();
        });
        return Optional.of(lock);
    }

    @Transactional(propagation = REQUIRES_NEW)
    public void forget(String pair) {
        jdbc.prepareStatement("DELETE FROM login_backoff WHERE key = ?", statement -> {
            statement.setString(1, key(pair));
            return statement.executeUpdate();
        });
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - free, 20);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private static String key(String pair) {
        return "login-pair:" + OpaqueTokens.hash(pair);
    }
}
