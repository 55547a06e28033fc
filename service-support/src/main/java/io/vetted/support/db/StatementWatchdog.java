package io.vetted.support.db;

import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels the statements that run past their deadline, from one thread for the whole process.
 * {@code Statement.setQueryTimeout} had the driver schedule and cancel a task on a shared
 * {@code java.util.Timer} for every statement: 5–9 % of each service's samples under the reputation
 * load (JFR), and the provider API took ~5 % less CPU per call without it (bench/notes.md).
 * A statement is cancelled within one tick of its deadline; the driver's cancel acts only while that
 * very statement runs (PgStatement's cancel state), so a late tick cannot cancel the connection's next one.
 */
final class StatementWatchdog {

    static final long TICK_MILLIS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(StatementWatchdog.class);
    private static final Set<Watched> RUNNING = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "statement-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    static {
        TICKER.scheduleWithFixedDelay(StatementWatchdog::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private StatementWatchdog() {}

    /** A statement under watch, compared by identity: a driver's statement need not hash cheaply, or at all. */
    static final class Watched {
        private final Statement statement;
        private final long deadlineNanos;

        private Watched(Statement statement, long deadlineNanos) {
            this.statement = statement;
            this.deadlineNanos = deadlineNanos;
        }
    }

    static Watched watch(Statement statement, long deadlineNanos) {
        Watched watched = new Watched(statement, deadlineNanos);
        RUNNING.add(watched);
        return watched;
    }

    static void release(Watched watched) {
        RUNNING.remove(watched);
    }

    /**
     * Cancels again at every tick until the statement returns: a cancel that came before the driver
     * had sent the statement did nothing, and one made after it returned does nothing either.
     */
    private static void tick() {
        long now = System.nanoTime();
        RUNNING.forEach(watched -> {
            if (now - watched.deadlineNanos >= 0) {
                try {
                    watched.statement.cancel();
                } catch (Exception e) {
                    LOG.warn("Could not cancel a statement past its request's database budget: {}", e.getMessage());
                }
            }
        });
    }
}
