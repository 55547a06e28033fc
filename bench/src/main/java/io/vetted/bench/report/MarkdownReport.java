package io.vetted.bench.report;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/** REPORT.md: the machine, every figure against its target, the latency curves, and what each miss means. */
final class MarkdownReport {

    private static final Map<String, String> WHY = Map.of(
            "Saturation",
                    "the service spends more per call than the database does: HTTP and JSON work, mapping"
                            + " rows, waiting for one of its pooled connections (its pool is smaller than the connection count"
                            + " at high c), or CPU shared with PostgreSQL on the same cores. Profile the service at that"
                            + " concurrency; cache what does not change per call; size the pool to the cores.",
            "Web UI",
                    "the page adds its own backend calls and template rendering to the API call; cache the"
                            + " catalog and what the page can share between visitors, render without copying.",
            "Latency",
                    "queuing inside the service (worker threads, pool) lengthens the tail more than the database"
                            + " alone does at the same rate; check the pool size and the blocking executor.",
            "Start-up",
                    "class loading and bean initialisation: AppCDS or an AOT cache, fewer eager beans, no"
                            + " database work before readiness.",
            "Lucene",
                    "the two engines tokenise, unaccent or filter differently: compare the parameter rows whose"
                            + " totals differ (LuceneAgainstPostgresTest shows how) before reading the throughputs.",
            "SQL limit",
                    "vendor-service sends statements the bench/sql script lacks (bench/run printed them as DRIFT):"
                            + " update the script, or keep background work out of the check's window.",
            "Memory", "heap and metaspace: a smaller -Xmx, SerialGC, fewer threads, or a smaller cache.",
            "Reputation lag",
                    "the outbox relay's poll interval (OUTBOX_POLL_INTERVAL) and its batch size bound the"
                            + " lag; deliver right after commit, batch the pushes.");

    private final Figures figures;
    private final Properties machine;

    MarkdownReport(Figures figures, Properties machine) {
        this.figures = figures;
        this.machine = machine;
    }

    String render(List<Row> rows, String notes) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("Written by `bench/run` on ")
                .append(machine.getProperty("date", "?"))
                .append(" with ")
                .append(machine.getProperty("providers", "?"))
                .append(" published providers")
                .append("true".equals(machine.getProperty("quick")) ? " (**--quick**: one repetition, short runs)" : "")
                .append(". Throughputs are medians of ")
                .append(machine.getProperty("repetitions", "?"))
                .append(" runs of ")
                .append(machine.getProperty("saturation_seconds", "?"))
                .append(" s (± half the spread between runs); see docs/PERFORMANCE.md for the method.\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        for (String key : List.of(
                "cpu",
                "cores",
                "memory",
                "kernel",
                "java",
                "postgresql",
                "seeded_with",
                "java_opts",
                "pool_size",
                "concurrency",
                "rate_concurrency",
                "load")) {
            md.append("| ")
                    .append(key)
                    .append(" | ")
                    .append(machine.getProperty(key, "?"))
                    .append(" |\n");
        }
        md.append(
                        "\n## Figures and targets\n\n| Section | Figure | Value | Compared with | Ratio | Target | Verdict |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(String.join(
                            " | ",
                            row.section(),
                            row.figure(),
                            row.value(),
                            row.reference(),
                            row.ratio(),
                            row.target(),
                            row.verdict()))
                    .append(" |\n");
        }
        md.append(
                        "\n## Latency at constant rates\n\nMeasured from each request's scheduled send time (no coordinated"
                                + " omission): ConstantRateLoad for the API, `pgbench --rate` (elapsed + schedule lag) for the SQL.\n\n")
                .append(
                        "| Call | % of saturation | rate/s | source | achieved/s | p50 | p90 | p99 | p99.9 | max (ms) |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String target : ReportTable.API_TARGETS) {
            for (String fraction : List.of("25", "50", "75")) {
                for (String source : List.of("api", "sql")) {
                    latencyLine(md, target, fraction, source);
                }
            }
        }
        md.append("\n![p50 and p99 against the rate, API and pgbench](latency.png)\n");
        List<Row> misses =
                rows.stream().filter(r -> Boolean.FALSE.equals(r.pass())).toList();
        if (!misses.isEmpty()) {
            md.append("\n## Misses: why, and what would close them\n\n");
            misses.stream()
                    .map(Row::section)
                    .distinct()
                    .forEach(section -> md.append("- **")
                            .append(section)
                            .append("** (")
                            .append(misses.stream()
                                    .filter(r -> r.section().equals(section))
                                    .map(Row::figure)
                                    .collect(Collectors.joining("; ")))
                            .append("): ")
                            .append(WHY.get(section))
                            .append("\n"));
        }
        if (notes != null && !notes.isBlank()) {
            md.append("\n## Analysis\n\n").append(notes.strip()).append("\n");
        }
        return md.toString();
    }

    private void latencyLine(StringBuilder md, String target, String fraction, String source) {
        var p50 = figures.latency(source, target, fraction, "p50");
        if (p50.isEmpty()) {
            return;
        }
        md.append("| ")
                .append(ReportTable.NAMES.get(target))
                .append(" | ")
                .append(fraction)
                .append(" | ")
                .append(ReportTable.format(figures.latencyRate(target, fraction).orElse(0)))
                .append(" | ")
                .append(source.equals("api") ? "API" : "pgbench");
        for (String metric : List.of("achieved", "p50", "p90", "p99", "p99.9", "p100")) {
            md.append(" | ")
                    .append(figures.latency(source, target, fraction, metric).stream()
                            .mapToObj(ReportTable::format)
                            .findFirst()
                            .orElse(""));
        }
        md.append(" |\n");
    }
}
