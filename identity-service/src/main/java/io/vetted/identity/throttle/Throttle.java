package io.vetted.identity.throttle;

import static io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.vetted.identity.auth.OpaqueTokens;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fixed-window attempt counters in PostgreSQL, so every replica sees the same counts and a
 * restart forgets nothing. Keys are digests of "limit:subject": neither emails nor addresses are
 * stored here. Counting runs in its own transaction, so it sticks even when the request fails.
 */
@Singleton
public class Throttle {

    private final JdbcOperations jdbc;
    private final Map<String, ThrottleLimit> limits;

    Throttle(JdbcOperations jdbc, List<ThrottleLimit> limits) {
        this.jdbc = jdbc;
        this.limits = limits.stream().collect(Collectors.toUnmodifiableMap(ThrottleLimit::name, Function.identity()));
    }

    /** @throws TooManyAttemptsException when {@code subject} has used up {@code limit} for now */
    @Transactional(propagation = REQUIRES_NEW, readOnly = true)
    public void check(String limit, String subject) {
        ThrottleLimit settings = limit(limit);
        jdbc.prepareStatement("SELECT attempts, window_start FROM throttle WHERE key = ?", statement -> {
            statement.setString(1, key(limit, subject));
            try (var row = statement.executeQuery()) {
                if (row.next()) {
                    refuseIfSpent(settings, row.getInt(1), row.getTimestamp(2).toInstant());
                }
            }
            return null;
        });
    }

    /** Counts one attempt against {@code limit} for {@code subject}, refusing it if the limit was already reached. */
    @Transactional(propagation = REQUIRES_NEW)
    public void count(String limit, String subject) {
        ThrottleLimit settings = limit(limit);
        int[] attempts = new int[1];
        Instant[] windowStart = new Instant[1];
        jdbc.prepareStatement("""
                INSERT INTO throttle (key, window_start, attempts) VALUES (?, now(), 1)
                ON CONFLICT (key) DO UPDATE SET
                    attempts = CASE WHEN throttle.window_start + make_interval(secs => ?) <= now() THEN 1
                                    ELSE throttle.attempts + 1 END,
                    window_start = CASE WHEN throttle.window_start + make_interval(secs => ?) <= now() THEN now()
                                        ELSE throttle.window_start END
                RETURNING attempts, window_start""", statement -> {
            statement.setString(1, key(limit, subject));
            statement.setLong(2, settings.window().toSeconds());
            statement.setLong(3, settings.window().toSeconds());
            try (var row = statement.executeQuery()) {
                row.next();
                attempts[0] = row.getInt(1);
                windowStart[0] = row.getTimestamp(2).toInstant();
            }
            return null;
        });
        refuseIfSpent(settings, attempts[0] - 1, windowStart[0]);
    }

    @Transactional(propagation = REQUIRES_NEW)
    public void reset(String limit, String subject) {
        jdbc.prepareStatement("DELETE FROM throttle WHERE key = ?", statement -> {
            statement.setString(1, key(limit, subject));
            return statement.executeUpdate();
        });
    }

    @Transactional
    public int forgetOlderThan(Duration age) {
        return jdbc.prepareStatement("DELETE FROM throttle WHERE window_start < ?", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now().minus(age)));
            return statement.executeUpdate();
        });
    }

    private static void refuseIfSpent(ThrottleLimit limit, int attemptsBefore, Instant windowStart) {
        Instant windowEnd = windowStart.plus(limit.window());
        Instant now = Instant.now();
        if (attemptsBefore >= limit.attempts() && windowEnd.isAfter(now)) {
            throw new TooManyAttemptsException(Duration.between(now, windowEnd));
        }
    }

    private ThrottleLimit limit(String name) {
        return Optional.ofNullable(limits.get(name))
                .orElseThrow(() -> new IllegalStateException("No throttle limit configured for " + name));
    }

    private static String key(String limit, String subject) {
        return limit + ":" + OpaqueTokens.hash(subject);
    }
}
