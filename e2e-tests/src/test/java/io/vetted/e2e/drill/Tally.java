package io.vetted.e2e.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    /** A drill's verdict: no kind of write lost or duplicated. */
    public static void assertIntact(List<Tally> tallies) {
        assertThat(tallies).allSatisfy(t -> {
            assertThat(t.lost()).as("%s lost", t.kind()).isZero();
            assertThat(t.duplicated()).as("%s duplicated", t.kind()).isZero();
        });
    }
}
