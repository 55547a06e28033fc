package io.vetted.support.problem;

import jakarta.inject.Singleton;
import java.util.Arrays;

/**
 * A circuit breaker in front of the database. A database that has become slow or unreachable
 * costs each request its whole budget before a 503 (five seconds by default), so requests pile up
 * behind it; once it keeps failing requests this answers them 503 at once, lets one probe request
 * through every {@code open} period, and closes when a request succeeds. Only the failures that
 * say the database itself is unwell count (a spent budget, a lost connection): a pool timeout is
 * overload, already answered within the pool's timeout. A few slow requests among healthy ones
 * (an expensive search, a visitor's own doing) do not trip it: failures must be at least as many
 * as successes in the window.
 */
@Singleton
final class DatabaseBreaker {

    private static final long NEVER = Long.MIN_VALUE / 2;

    private final DatabaseBreakerSettings settings;
    private final int seconds;
    private final long[] bucketSecond;
    private final int[] failed;
    private final int[] succeeded;
    private long openUntil;
    private long probeSince;
    private volatile boolean open;

    DatabaseBreaker(DatabaseBreakerSettings settings) {
        this.settings = settings;
        this.seconds = (int) Math.max(1, settings.window().toSeconds());
        this.bucketSecond = new long[seconds];
        this.failed = new int[seconds];
        this.succeeded = new int[seconds];
        Arrays.fill(bucketSecond, NEVER);
    }

    /** Whether a request may go to the database now; while half open, only one probe at a time. */
    boolean admits() {
        // the common case, closed, without taking the lock every request
        return !settings.enabled() || !open || admitsWhileOpen();
    }

    private synchronized boolean admitsWhileOpen() {
        if (!open) {
            return true;
        }
        long now = System.nanoTime();
        if (now < openUntil) {
            return false;
        }
        // a probe whose answer never came back (client gone, another error) gives way after the window
        if (probeSince != 0 && now - probeSince < settings.window().toNanos()) {
            return false;
        }
        probeSince = now;
        return true;
    }

    synchronized void failed() {
        if (!settings.enabled()) {
            return;
        }
        long now = System.nanoTime();
        if (open) {
            trip(now);
            return;
        }
        bucket(now);
        failed[index(now)]++;
        int failures = sum(failed, now);
        if (failures >= settings.failures() && failures >= sum(succeeded, now)) {
            trip(now);
        }
    }

    synchronized void succeeded() {
        long now = System.nanoTime();
        if (open) {
            open = false;
            probeSince = 0;
            Arrays.fill(bucketSecond, NEVER);
        }
        bucket(now);
        succeeded[index(now)]++;
    }

    /** Any other 5xx while open (a pool timeout, say) is the probe's answer too: stay open. */
    synchronized void probeFailed() {
        if (open) {
            trip(System.nanoTime());
        }
    }

    /** A probe answered 4xx may not have reached the database: the next request probes instead. */
    synchronized void probeInconclusive() {
        if (open) {
            probeSince = 0;
        }
    }

    private void trip(long now) {
        open = true;
        openUntil = now + settings.open().toNanos();
        probeSince = 0;
    }

    private void bucket(long now) {
        int i = index(now);
        long second = now / 1_000_000_000L;
        if (bucketSecond[i] != second) {
            bucketSecond[i] = second;
            failed[i] = 0;
            succeeded[i] = 0;
        }
    }

    private int sum(int[] counts, long now) {
        long second = now / 1_000_000_000L;
        int total = 0;
        for (int i = 0; i < seconds; i++) {
            if (second - bucketSecond[i] < seconds) {
                total += counts[i];
            }
        }
        return total;
    }

    private int index(long now) {
        return (int) Math.floorMod(now / 1_000_000_000L, (long) seconds);
    }
}
