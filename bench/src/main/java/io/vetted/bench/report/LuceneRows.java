package io.vetted.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rows of the dedicated-engine comparison (io.vetted.bench.lucene.LuceneBench): the same
 * searches in Lucene, in process, beside pgbench on the service's SQL and the API itself.
 */
final class LuceneRows {

    static final String SECTION = "Lucene";
    static final Map<String, String> NAMES = Map.of(
            "search_text", "Lucene, text + filters",
            "search_filters", "Lucene, filters only",
            "search_deep", "Lucene, deep keyset page");
    private static final List<String> TARGETS = List.of("search_text", "search_filters", "search_deep");

    private final Figures figures;
    private final List<Row> rows = new ArrayList<>();

    LuceneRows(Figures figures) {
        this.figures = figures;
    }

    List<Row> rows() {
        index();
        agreement("search_text", false);
        agreement("search_filters", true);
        for (String target : TARGETS) {
            for (int c : figures.concurrencies("lucene", target)) {
                saturation(target, c);
            }
        }
        for (String target : TARGETS) {
            latency(target);
        }
        return rows;
    }

    private void index() {
        OptionalDouble documents = figures.one("lucene-index", "lucene", "all", "documents");
        if (documents.isEmpty()) {
            return;
        }
        rows.add(new Row(
                SECTION,
                "index of " + ReportTable.format(documents.getAsDouble()) + " providers (MMapDirectory), built from"
                        + " the vendor database",
                ReportTable.format(figures.one("lucene-index", "lucene", "all", "build_seconds")
                                .orElse(0))
                        + " s, "
                        + ReportTable.format(figures.one("lucene-index", "lucene", "all", "size_mib")
                                .orElse(0))
                        + " MiB",
                "",
                "",
                "",
                null));
    }

    private void agreement(String target, boolean exact) {
        OptionalDouble total = figures.one("lucene-agreement", "lucene", target, "rows");
        if (total.isEmpty()) {
            return;
        }
        double n = total.getAsDouble();
        double equal = figures.one("lucene-agreement", "lucene", target, "equal_totals")
                .orElse(0);
        double facets = figures.one("lucene-agreement", "lucene", target, "equal_facets")
                .orElse(0);
        double difference = figures.one("lucene-agreement", "lucene", target, "difference_percent")
                .orElse(0);
        String value = ReportTable.format(equal) + " of " + ReportTable.format(n) + " parameter rows"
                + (exact ? ", facet counts equal on " + ReportTable.format(facets) : "")
                + "; totals differ by " + ReportTable.format(difference) + " % in all";
        rows.add(new Row(
                SECTION,
                NAMES.get(target) + ": totals equal to PostgreSQL's",
                value,
                "",
                "",
                exact ? "every row" : "",
                exact ? equal == n && facets == n : null));
    }

    private void saturation(String target, int c) {
        Optional<Spread> lucene = figures.saturation("lucene", target, c);
        if (lucene.isEmpty()) {
            return;
        }
        Optional<Spread> sql = figures.saturation("sql", target, c);
        Optional<Spread> api = figures.saturation("api", target, c);
        String against = String.join(
                ", ",
                sql.map(s -> "pgbench " + ReportTable.format(s.median()) + "/s").orElse("no pgbench"),
                api.map(s -> "API " + ReportTable.format(s.median()) + "/s").orElse("no API"));
        String ratio = sql.filter(s -> s.median() > 0)
                .map(s -> ReportTable.format(lucene.get().median() / s.median()) + " × pgbench")
                .orElse("");
        rows.add(new Row(
                SECTION,
                NAMES.get(target) + ", c=" + c + " (in process)",
                ReportTable.format(lucene.get().median()) + "/s" + ReportTable.spread(lucene.get()),
                against,
                ratio,
                "",
                null));
    }

    private void latency(String target) {
        OptionalDouble p99 = figures.latency("lucene", target, "50", "p99");
        if (p99.isEmpty()) {
            return;
        }
        String rate =
                ReportTable.format(figures.latencyRate("lucene", target, "50").orElse(0));
        OptionalDouble api = figures.latency("api", target, "50", "p99");
        rows.add(new Row(
                SECTION,
                NAMES.get(target) + ": p99 at 50 % of its own saturation (" + rate + "/s, in process)",
                ReportTable.format(p99.getAsDouble()) + " ms",
                api.isPresent()
                        ? "API " + ReportTable.format(api.getAsDouble()) + " ms at "
                                + ReportTable.format(
                                        figures.latencyRate(target, "50").orElse(0)) + "/s"
                        : "",
                "",
                "",
                null));
    }
}
