package io.vetted.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Every figure of the run against its target, as the issue states them. */
final class ReportTable {

    static final Map<String, String> NAMES = Map.of(
            "search_text", "Search API, text + filters, by relevance",
            "search_filters", "Search API, filters only, by rating",
            "search_deep", "Search API, deep keyset page, no filter",
            "provider", "Provider API, one profile",
            "web_search", "Web UI search page",
            "web_provider", "Web UI provider page");
    static final List<String> API_TARGETS = List.of("search_text", "search_filters", "search_deep", "provider");
    private static final Map<String, String> WEB_CALLS =
            Map.of("web_search", "search_text", "web_provider", "provider");

    private final Figures figures;
    private final List<Row> rows = new ArrayList<>();

    ReportTable(Figures figures) {
        this.figures = figures;
    }

    List<Row> rows() {
        rows.clear();
        for (Figure drift : figures.matching(f -> f.kind().equals("drift"))) {
            rows.add(new Row(
                    "SQL limit",
                    "bench/sql/" + drift.target() + ".sql is what vendor-service sends",
                    drift.value() == 0 ? "yes" : format(drift.value()) + " statements missing",
                    "",
                    "",
                    "no drift",
                    drift.value() == 0));
        }
        for (String target : API_TARGETS) {
            for (int c : figures.concurrencies("api", target)) {
                compare(
                        "Saturation",
                        NAMES.get(target) + ", c=" + c,
                        figures.refused("api", target, c),
                        figures.saturation("api", target, c),
                        figures.saturation("sql", target, c),
                        "pgbench",
                        target.equals("provider") ? 0.5 : 0.75);
            }
        }
        // the profile's stored document against the dozen statements that put it together without it
        for (int c : figures.concurrencies("api", "provider")) {
            compare(
                    "Saturation",
                    NAMES.get("provider") + ", c=" + c + ", against putting it together",
                    figures.refused("api", "provider", c),
                    figures.saturation("api", "provider", c),
                    figures.saturation("sql", "provider_build", c),
                    "pgbench of provider_build.sql",
                    0.5);
        }
        WEB_CALLS.forEach((page, api) -> {
            for (int c : figures.concurrencies("web", page)) {
                compare(
                        "Web UI",
                        NAMES.get(page) + ", c=" + c,
                        figures.refused("web", page, c),
                        figures.saturation("web", page, c),
                        calls(page, c),
                        page.equals("web_provider") ? "its 3 API calls" : "API",
                        // issue 13 asks 0.6 of the provider page; the search page keeps the earlier 0.5
                        page.equals("web_provider") ? 0.6 : 0.5);
            }
        });
        for (String target : API_TARGETS) {
            latency(target);
        }
        for (String service : figures.sources("startup")) {
            ceiling("Start-up", service + ": JVM launch to ready", figures.of("startup", service, "ms"), 1000, "ms");
        }
        for (String service : figures.sources("rss")) {
            ceiling("Memory", service + ": RSS after the run", figures.of("rss", service, "MiB"), 256, "MiB");
        }
        lag();
        rows.addAll(new LuceneRows(figures).rows());
        return List.copyOf(rows);
    }

    /**
     * The throughput of the API calls a page makes, one after the other: the provider page reads
     * the profile from vendor-service, then the reputation and the first references from
     * review-service, so the three together serve 1 / (1/a + 1/b + 1/c) pages a second.
     */
    private Optional<Spread> calls(String page, int c) {
        Optional<Spread> api = figures.saturation("api", WEB_CALLS.get(page), c);
        if (!page.equals("web_provider") || api.isEmpty()) {
            return api;
        }
        Optional<Spread> reputation = figures.saturation("review", "review_reputation", c);
        Optional<Spread> references = figures.saturation("review", "review_references", c);
        if (reputation.isEmpty() || references.isEmpty()) {
            return api;
        }
        return Optional.of(new Spread(
                serial(
                        api.get().median(),
                        reputation.get().median(),
                        references.get().median()),
                serial(api.get().min(), reputation.get().min(), references.get().min()),
                serial(api.get().max(), reputation.get().max(), references.get().max()),
                api.get().runs()));
    }

    static double serial(double... throughputs) {
        double seconds = 0;
        for (double throughput : throughputs) {
            seconds += 1 / throughput;
        }
        return 1 / seconds;
    }

    private void compare(
            String section,
            String name,
            Optional<Spread> refused,
            Optional<Spread> value,
            Optional<Spread> limit,
            String against,
            double minimum) {
        if (value.isEmpty()) {
            return;
        }
        Spread v = value.get();
        String shown = format(v.median()) + "/s" + spread(v)
                + refused.filter(r -> r.median() > 0)
                        .map(r -> ", and " + format(r.median()) + "/s refused (4xx/5xx, not counted)")
                        .orElse("");
        if (limit.isEmpty() || limit.get().median() == 0) {
            rows.add(new Row(section, name, shown, "", "", "≥ " + minimum + " × " + against, null));
            return;
        }
        double ratio = v.median() / limit.get().median();
        rows.add(new Row(
                section,
                name,
                shown,
                against + " " + format(limit.get().median()) + "/s" + spread(limit.get()),
                format(ratio),
                "≥ " + minimum,
                ratio >= minimum));
    }

    private void latency(String target) {
        OptionalDouble api = figures.latency("api", target, "50", "p99");
        OptionalDouble sql = figures.latency("sql", target, "50", "p99");
        if (api.isEmpty()) {
            return;
        }
        String rate = format(figures.latencyRate(target, "50").orElse(0));
        String name = NAMES.get(target) + ": p99 at 50 % of saturation (" + rate + "/s)";
        if (sql.isEmpty() || sql.getAsDouble() == 0) {
            rows.add(new Row(
                    "Latency",
                    name,
                    format(api.getAsDouble()) + " ms",
                    "",
                    "",
                    "≤ pgbench × 2 (3 for a profile)",
                    null));
            return;
        }
        double ratio = api.getAsDouble() / sql.getAsDouble();
        // issue 13 allows the provider API 3 × its SQL's p99; the searches keep the earlier 2
        double maximum = target.equals("provider") ? 3 : 2;
        rows.add(new Row(
                "Latency",
                name,
                format(api.getAsDouble()) + " ms",
                "pgbench " + format(sql.getAsDouble()) + " ms",
                format(ratio),
                "≤ " + format(maximum),
                ratio <= maximum));
    }

    private void ceiling(String section, String name, Optional<Spread> value, double maximum, String unit) {
        value.ifPresent(v -> rows.add(new Row(
                section,
                name,
                format(v.median()) + " " + unit
                        + (v.runs() > 1 ? " (" + format(v.min()) + "–" + format(v.max()) + ")" : ""),
                "",
                "",
                "≤ " + format(maximum) + " " + unit,
                v.median() <= maximum)));
    }

    private void lag() {
        Optional<Spread> seen = figures.of("lag", "review", "seen");
        String name = "p99 at " + lagRate() + " references/s";
        // a refused reference has no lag to count: the write rate was not sustained
        figures.of("lag", "review", "errors").ifPresent(refused -> {
            double accepted = seen.map(Spread::median).orElse(0.0)
                    + figures.of("lag", "review", "unseen").map(Spread::median).orElse(0.0);
            rows.add(new Row(
                    "Reputation lag",
                    "references accepted at " + lagRate() + "/s (the rest refused or failed)",
                    format(accepted) + " of " + format(accepted + refused.median()),
                    "",
                    "",
                    "every one",
                    refused.median() == 0));
        });
        if (seen.isPresent() && seen.get().median() == 0) {
            rows.add(new Row("Reputation lag", name, "no reference became visible", "", "", "≤ 1,000 ms", false));
            return;
        }
        figures.of("lag", "review", "p50")
                .ifPresent(p50 ->
                        rows.add(new Row("Reputation lag", "p50", format(p50.median()) + " ms", "", "", "", null)));
        ceiling("Reputation lag", name, figures.of("lag", "review", "p99"), 1000, "ms");
        figures.of("lag", "review", "unseen")
                .filter(u -> u.median() > 0)
                .ifPresent(u -> rows.add(new Row(
                        "Reputation lag",
                        "accepted references never visible within a minute",
                        format(u.median()),
                        "",
                        "",
                        "0",
                        false)));
    }

    private String lagRate() {
        return figures.matching(f -> f.kind().equals("lag")).stream()
                .findFirst()
                .map(f -> format(f.rate()))
                .orElse("?");
    }

    static String spread(Spread s) {
        return s.runs() > 1 ? String.format(Locale.ROOT, " (±%.0f %%)", s.spreadPercent() / 2) : "";
    }

    static String format(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
