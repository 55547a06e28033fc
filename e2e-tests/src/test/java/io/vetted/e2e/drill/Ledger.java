package io.vetted.e2e.drill;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients of one kind of write were told: each acknowledged write under its key with the
 * id or value the answer gave, the errors they saw on the way, the writes refused outright and the
 * writes they gave up on without an answer (which the database may or may not hold).
 */
public final class Ledger {

    private final WriteKind kind;
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> refused = new ConcurrentHashMap<>();
    private final Set<String> unresolved = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Long> successes = new ConcurrentLinkedQueue<>();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder answeredOnRetry = new LongAdder();
    private final LongAdder originalOnRetry = new LongAdder();

    public Ledger(WriteKind kind) {
        this.kind = kind;
    }

    public WriteKind kind() {
        return kind;
    }

    public void attempted() {
        attempts.increment();
    }

    /** A write the client was told succeeded; {@code retried}: only a retry got that answer. */
    public void acknowledged(String key, String value, boolean retried) {
        acknowledged.put(key, value);
        successes.add(System.currentTimeMillis());
        if (retried) {
            answeredOnRetry.increment();
        }
    }

    /** A retry that was answered with the result of an earlier attempt (a replay, or found stored). */
    public void retryGotOriginal() {
        originalOnRetry.increment();
    }

    /** An attempt that failed as a client sees it: {@code cause} such as "connection" or "HTTP 503". */
    public void error(String cause) {
        errors.computeIfAbsent(cause, c -> new LongAdder()).increment();
    }

    /** A write refused with a final 4xx answer; the client does not retry it. */
    public void refused(int status) {
        refused.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    public void unresolved(String key) {
        unresolved.add(key);
    }

    public Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    public Set<String> unresolved() {
        return Set.copyOf(unresolved);
    }

    public long attempts() {
        return attempts.sum();
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((cause, count) -> copy.put(cause, count.sum()));
        return copy;
    }

    public Map<Integer, Long> refusals() {
        Map<Integer, Long> copy = new TreeMap<>();
        refused.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    public long answeredOnRetry() {
        return answeredOnRetry.sum();
    }

    public long originalOnRetry() {
        return originalOnRetry.sum();
    }

    /** The first acknowledged write at or after {@code epochMillis}, or -1 when none came yet. */
    public long firstSuccessAfter(long epochMillis) {
        return successes.stream()
                .filter(t -> t >= epochMillis)
                .mapToLong(Long::longValue)
                .min()
                .orElse(-1);
    }
}
