package io.vetted.e2e.drill;

import java.util.Map;

/**
 * One kind of write after a drill: what clients were told, set against what the databases hold.
 * {@code lost}: acknowledged but not stored; {@code duplicated}: stored more often than written.
 */
public record Tally(
        WriteKind kind,
        long attempts,
        long acknowledged,
        long lost,
        long duplicated,
        long clientErrors,
        Map<String, Long> errors,
        Map<Integer, Long> refused,
        long unresolved,
        long answeredOnRetry,
        long originalOnRetry) {

    static Tally of(Ledger ledger, long lost, long duplicated) {
        return new Tally(
                ledger.kind(),
                ledger.attempts(),
                ledger.acknowledged().size(),
                lost,
                duplicated,
                ledger.errorCount(),
                ledger.errors(),
                ledger.refusals(),
                ledger.unresolved().size(),
                ledger.answeredOnRetry(),
                ledger.originalOnRetry());
    }
}
