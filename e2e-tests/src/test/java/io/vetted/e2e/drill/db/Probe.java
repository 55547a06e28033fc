package io.vetted.e2e.drill.db;

import io.vetted.e2e.drill.Http;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads one page of a service that needs its database, at a steady pace, on a thread of its own,
 * and remembers each answer's status, time taken and Retry-After: how the service answers while
 * its database is slow, as a client without retries sees it.
 */
final class Probe implements AutoCloseable {

    /** {@code status} 0: no answer within the client's timeout or the connection was lost. */
    record Answer(long at, int status, long tookMs, String retryAfter) {}

    private final Http http;
    private final String service;
    private final String url;
    private final Duration every;
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    Probe(Http http, String service, String url, Duration every) {
        this.http = http;
        this.service = service;
        this.url = url;
        this.every = every;
        this.thread = new Thread(this::run, "probe-" + service);
        thread.setDaemon(true);
        thread.start();
    }

    List<Answer> between(long from, long until) {
        return answers.stream().filter(a -> a.at() >= from && a.at() < until).toList();
    }

    /** The first answer 2xx sent at or after {@code since}, or null. */
    Answer firstSuccessAfter(long since) {
        return answers.stream()
                .filter(a -> a.at() >= since && a.status() >= 200 && a.status() < 300)
                .findFirst()
                .orElse(null);
    }

    private void run() {
        while (running) {
            long start = System.currentTimeMillis();
            try {
                Http.Answer answer = http.send(service, "GET", url, null, null, Map.of());
                answers.add(new Answer(
                        start,
                        answer.status(),
                        System.currentTimeMillis() - start,
                        answer.header("Retry-After").orElse(null)));
            } catch (IOException e) {
                answers.add(new Answer(start, 0, System.currentTimeMillis() - start, null));
            }
            long left = every.toMillis() - (System.currentTimeMillis() - start);
            if (left > 0) {
                LockSupport.parkNanos(left * 1_000_000);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(30).toMillis());
    }
}
