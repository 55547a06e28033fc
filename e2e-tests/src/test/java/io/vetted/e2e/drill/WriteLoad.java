package io.vetted.e2e.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant write load: each client on a thread of its own, writing at {@code perClientPerSecond}.
 * A client held up by retries does not catch up in a burst afterwards; it resumes the pace, as
 * people do.
 */
public final class WriteLoad implements AutoCloseable {

    private final List<DrillClient> clients;
    private final long periodNanos;
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private volatile boolean running;

    public WriteLoad(List<? extends DrillClient> clients, double perClientPerSecond) {
        this.clients = List.copyOf(clients);
        this.periodNanos = (long) (1_000_000_000L / perClientPerSecond);
    }

    public WriteLoad start() {
        running = true;
        for (DrillClient client : clients) {
            Thread thread = new Thread(() -> pace(client), "drill-" + client.kind() + "-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    /** Lets every write under way finish (retries included), then returns. */
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofMinutes(3).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pace(DrillClient client) {
        long next = System.nanoTime();
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            try {
                client.writeOnce();
            } catch (RuntimeException e) {
                // an answer the client could not read is a finding the drill reports, not a reason to stop
                failures.add(client.kind() + ": " + e);
            }
            next = Math.max(next + periodNanos, System.nanoTime());
        }
    }

    /** What clients could not make sense of (answers without the fields a client reads). */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        stop();
    }
}
