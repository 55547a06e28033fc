package io.vetted.e2e.drill;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * How a real client retries: the same request again after a lost connection, a timeout, a 5xx or a
 * 429, waiting a growing pause (or what Retry-After says), until it gets a final answer or gives up.
 */
public final class Retrying {

    /** One attempt of the write, sent again unchanged on each retry. */
    @FunctionalInterface
    public interface Attempt {
        Http.Answer send() throws IOException;
    }

    /** The final answer (null: the client gave up without one) and how many attempts it took. */
    public record Outcome(Http.Answer answer, int attempts) {

        public boolean retried() {
            return attempts > 1;
        }
    }

    private final Duration giveUpAfter;

    public Retrying(Duration giveUpAfter) {
        this.giveUpAfter = giveUpAfter;
    }

    public Outcome call(Ledger ledger, Attempt attempt) {
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        long pauseMs = 100;
        for (int attempts = 1; ; attempts++) {
            ledger.attempted();
            long waitMs = pauseMs;
            try {
                Http.Answer answer = attempt.send();
                if (!retryable(answer.status())) {
                    return new Outcome(answer, attempts);
                }
                ledger.error("HTTP " + answer.status()
                        + (answer.header("Retry-After").isPresent() ? " with Retry-After" : ""));
                waitMs = answer.header("Retry-After")
                        .map(Retrying::seconds)
                        .map(s -> Math.min(s * 1000, 5000))
                        .orElse(pauseMs);
            } catch (HttpTimeoutException e) {
                ledger.error("timeout");
            } catch (ConnectException e) {
                ledger.error("connection refused");
            } catch (IOException e) {
                ledger.error("connection lost");
            }
            if (System.nanoTime() + waitMs * 1_000_000 > deadline) {
                return new Outcome(null, attempts);
            }
            LockSupport.parkNanos(waitMs * 1_000_000);
            pauseMs = Math.min(pauseMs * 2, 2000);
        }
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    private static long seconds(String header) {
        try {
            return Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
