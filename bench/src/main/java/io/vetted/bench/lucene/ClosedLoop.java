package io.vetted.bench.lucene;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saturation in process, as wrk and pgbench measure it over a connection: c threads each send the
 * next search as soon as the previous one answered, for a fixed time; the result is searches per second.
 */
final class ClosedLoop {

    /** One search, the i-th of the run (the caller picks its parameter row from i). */
    @FunctionalInterface
    interface Search {
        void run(long i) throws Exception;
    }

    private ClosedLoop() {}

    static double throughput(int concurrency, Duration duration, Search search) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        search.run(next.getAndIncrement());
                        completed.incrementAndGet();
                    } catch (Exception e) {
                        if (failed.getAndIncrement() == 0) {
                            e.printStackTrace();
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " searches failed (the first one's trace is above)");
        }
        return completed.get() / ((System.nanoTime() - start) / 1e9);
    }
}
