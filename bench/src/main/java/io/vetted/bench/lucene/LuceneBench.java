package io.vetted.bench.lucene;

import io.vetted.bench.ConstantRateLoad;
import io.vetted.bench.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * The search benchmark against a dedicated engine: indexes the published providers of the bench
 * vendor database in Lucene (on disk, memory-mapped), checks its answers against PostgreSQL's for
 * the parameter rows pgbench uses, then measures saturation at each concurrency and p99 at half of
 * it, in process (Lucene is a library: no HTTP and no JSON, unlike the API). Prints bench/run's
 * raw CSV lines: {@code java -cp bench.jar io.vetted.bench.lucene.LuceneBench --db JDBC_URL
 * [--user postgres] --index DIR [--concurrency "4 16 64"] [--seconds 8] [--repeat 3]
 * [--rate-concurrency 16] [--rate-seconds 15] [--targets "search_text search_filters search_deep"]}.
 */
public final class LuceneBench {

    private LuceneBench() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path indexDir = Path.of(options.get("index"));
        try (Connection db = DriverManager.getConnection(
                        options.get("db"), options.get("user", "postgres"), System.getenv("PGPASSWORD"));
                Directory directory = new MMapDirectory(indexDir)) {
            long started = System.nanoTime();
            long documents;
            try (ProviderIndex index = new ProviderIndex(directory)) {
                documents = ProviderRows.read(db, index::add);
            }
            figure("index", "all", 0, 0, "1", "build_seconds", (System.nanoTime() - started) / 1e9);
            figure("index", "all", 0, 0, "1", "documents", documents);
            figure("index", "all", 0, 0, "1", "size_mib", size(indexDir) / 1048576.0);
            try (ProviderSearcher searcher = new ProviderSearcher(directory)) {
                new LuceneBench.Run(searcher, db, options).all();
            }
        }
    }

    private record Run(ProviderSearcher searcher, Connection db, Options options) {

        void all() throws Exception {
            List<SearchParameters.Text> text = SearchParameters.text(db);
            List<SearchParameters.Filters> filters = SearchParameters.filters(db);
            List<SearchParameters.Deep> deep = SearchParameters.deep(db);
            agreement("search_text", Agreement.text(db, searcher, text));
            agreement("search_filters", Agreement.filters(db, searcher, filters));
            for (String target : options.get("targets", "search_text search_filters search_deep")
                    .split(" ")) {
                ClosedLoop.Search search = switch (target) {
                    case "search_text" ->
                        i -> {
                            SearchParameters.Text row = text.get((int) (i % text.size()));
                            searcher.text(row.q(), row.tokens(), 20);
                        };
                    case "search_filters" ->
                        i -> {
                            SearchParameters.Filters row = filters.get((int) (i % filters.size()));
                            searcher.filters(row.tokens(), row.maxResponse(), 21);
                        };
                    case "search_deep" ->
                        i -> {
                            SearchParameters.Deep row = deep.get((int) (i % deep.size()));
                            searcher.deep(row.providerId(), 21);
                        };
                    default -> throw new IllegalArgumentException("unknown target " + target);
                };
                measure(target, search);
            }
        }

        private void measure(String target, ClosedLoop.Search search) throws Exception {
            Duration seconds = Duration.ofSeconds(Long.parseLong(options.get("seconds", "8")));
            int repeat = Integer.parseInt(options.get("repeat", "3"));
            int rateConcurrency = Integer.parseInt(options.get("rate-concurrency", "16"));
            ClosedLoop.throughput(rateConcurrency, Duration.ofSeconds(5), search); // warm-up: JIT, page cache
            double atRateConcurrency = 0;
            for (String c : options.get("concurrency", "4 16 64").split(" ")) {
                double[] runs = new double[repeat];
                for (int rep = 0; rep < repeat; rep++) {
                    runs[rep] = ClosedLoop.throughput(Integer.parseInt(c), seconds, search);
                    figure(
                            "saturation",
                            target,
                            Integer.parseInt(c),
                            0,
                            String.valueOf(rep + 1),
                            "throughput",
                            runs[rep]);
                }
                Arrays.sort(runs);
                if (Integer.parseInt(c) == rateConcurrency) {
                    atRateConcurrency = runs[repeat / 2];
                }
            }
            if (atRateConcurrency > 0) {
                latency(target, search, Math.max(1, Math.floor(atRateConcurrency / 2)), rateConcurrency);
            }
        }

        private void latency(String target, ClosedLoop.Search search, double rate, int workers) throws Exception {
            ConstantRateLoad.Call call = i -> {
                try {
                    search.run(i);
                    return true;
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    return false;
                }
            };
            ConstantRateLoad.run(rate, Duration.ofSeconds(2), workers, call);
            Duration seconds = Duration.ofSeconds(Long.parseLong(options.get("rate-seconds", "15")));
            ConstantRateLoad.Result result = ConstantRateLoad.run(rate, seconds, workers, call);
            System.out.print(
                    result.toCsv(String.format(Locale.ROOT, "latency,lucene,%s,%d,%.0f,50", target, workers, rate)));
        }
    }

    private static void agreement(String target, Agreement.Summary summary) {
        figure("agreement", target, 0, 0, "1", "rows", summary.rows());
        figure("agreement", target, 0, 0, "1", "equal_totals", summary.equalTotals());
        figure("agreement", target, 0, 0, "1", "equal_facets", summary.equalFacets());
        figure("agreement", target, 0, 0, "1", "difference_percent", summary.differencePercent());
    }

    /** One raw figure; kinds other than saturation and latency are the harness's own ("lucene-…"). */
    private static void figure(
            String kind, String target, int c, double rate, String variant, String metric, double v) {
        String fullKind = kind.equals("saturation") ? kind : "lucene-" + kind;
        System.out.printf(
                Locale.ROOT, "%s,lucene,%s,%d,%.0f,%s,%s,%.3f%n", fullKind, target, c, rate, variant, metric, v);
        System.out.flush();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
