package io.vetted.e2e.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** bench/results/DRILL-&lt;NAME&gt;.md: one drill's writes, faults, reputation check and verdict. */
public final class DrillReport {

    private final String name;
    private final StringBuilder text = new StringBuilder();
    private final List<Tally> tallies = new ArrayList<>();

    public DrillReport(String name, String title, String intro) {
        this.name = name;
        text.append("# Drill: ")
                .append(title)
                .append("\n\nWritten by `bench/drill ")
                .append(name)
                .append("` on ");
        text.append(LocalDate.now(ZoneOffset.UTC))
                .append(" (")
                .append(Runtime.getRuntime().availableProcessors());
        text.append(" cores; the five services as the e2e tests start them, on fresh databases).\n\n");
        text.append(intro).append("\n\n");
    }

    public DrillReport writes(List<Tally> all) {
        tallies.addAll(all);
        text.append("## Writes: what clients were told against what the databases hold\n\n");
        text.append("| write | requests sent | acknowledged | lost | duplicated | client errors |");
        text.append(
                " refused (4xx) | gave up unanswered | answered only on a retry | retry got the original result |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Tally t : all) {
            row(
                    t.kind().label(),
                    t.attempts(),
                    t.acknowledged(),
                    t.lost(),
                    t.duplicated(),
                    t.clientErrors(),
                    t.refused().isEmpty() ? "0" : t.refused().toString(),
                    t.unresolved(),
                    t.answeredOnRetry(),
                    t.originalOnRetry());
        }
        text.append("\nErrors the clients saw, by cause:\n\n");
        for (Tally t : all) {
            text.append("- ").append(t.kind().label()).append(": ");
            text.append(t.errors().isEmpty() ? "none" : t.errors().toString()).append('\n');
        }
        text.append('\n');
        return this;
    }

    public DrillReport kills(List<Kill> kills) {
        text.append("## Kills and restarts\n\n");
        text.append("| round | service | how | moment waited for reached | requests in flight at the kill |");
        text.append(
                " outbox rows leased at the kill | ready after restart, s | first acknowledged write after restart, s |\n");
        text.append("|---|---|---|---|---|---|---|---|\n");
        for (Kill k : kills) {
            String recovery = k.recoveryMs().isEmpty()
                    ? "no write goes to it"
                    : k.recoveryMs().entrySet().stream()
                            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " "
                                    + (e.getValue() < 0 ? "none" : seconds(e.getValue())))
                            .collect(Collectors.joining(", "));
            row(
                    k.round(),
                    k.service(),
                    k.how(),
                    k.caught() ? "yes" : "no",
                    k.inFlight(),
                    k.leased(),
                    seconds(k.readyMs()),
                    recovery);
        }
        text.append('\n');
        return this;
    }

    public DrillReport reputation(ReputationCheck.Result result) {
        text.append("## Reputation on vendor-service against review-service\n\n");
        text.append("- providers checked: ").append(result.providers()).append('\n');
        text.append("- review's outbox empty after the load: ");
        text.append(result.drainedMs() < 0 ? "NOT in time" : "in " + seconds(result.drainedMs()) + " s")
                .append('\n');
        text.append("- providers whose reputation version or reference count differ: ");
        text.append(result.mismatches().size()).append(result.mismatches().isEmpty() ? "" : " " + result.mismatches());
        text.append("\n- events parked (failed for good): ")
                .append(result.parked())
                .append("\n\n");
        return this;
    }

    /** A section of the drill's own (a heading and markdown). */
    public DrillReport section(String heading, String markdown) {
        text.append("## ").append(heading).append("\n\n").append(markdown).append("\n\n");
        return this;
    }

    public Path write(Path root) {
        long lost = tallies.stream().mapToLong(Tally::lost).sum();
        long duplicated = tallies.stream().mapToLong(Tally::duplicated).sum();
        text.append("## Verdict\n\n").append(lost == 0 && duplicated == 0 ? "PASS" : "FAIL");
        text.append(": ").append(lost).append(" lost, ").append(duplicated).append(" duplicated.\n");
        Path file = root.resolve("bench/results/DRILL-" + name.toUpperCase(Locale.ROOT) + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void row(Object... cells) {
        text.append('|');
        for (Object cell : cells) {
            text.append(' ').append(cell).append(" |");
        }
        text.append('\n');
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
