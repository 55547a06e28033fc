package io.vetted.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/** The raw figures of one run, and the medians the report quotes (the machines are noisy). */
public final class Figures {

    private final List<Figure> all;

    public Figures(List<Figure> all) {
        this.all = List.copyOf(all);
    }

    public static Figures read(Path csv) throws IOException {
        return new Figures(Files.readAllLines(csv).stream()
                .filter(line -> !line.isBlank() && !line.equals(Figure.HEADER))
                .map(Figure::parse)
                .toList());
    }

    List<Figure> matching(Predicate<Figure> condition) {
        return all.stream().filter(condition).toList();
    }

    /** Median and range of the repeated saturation runs of one source, target and concurrency. */
    Optional<Spread> saturation(String source, String target, int concurrency) {
        return saturation(source, target, concurrency, "throughput");
    }

    /** The answers per second that did not succeed (503s shed at once), which throughput leaves out. */
    Optional<Spread> refused(String source, String target, int concurrency) {
        return saturation(source, target, concurrency, "refused");
    }

    private Optional<Spread> saturation(String source, String target, int concurrency, String metric) {
        return Spread.of(values(f -> f.kind().equals("saturation")
                && f.source().equals(source)
                && f.target().equals(target)
                && f.concurrency() == concurrency
                && f.metric().equals(metric)));
    }

    /** One latency figure (p50, p99, achieved...) at a percentage of saturation. */
    OptionalDouble latency(String source, String target, String fraction, String metric) {
        return all.stream()
                .filter(f -> f.kind().equals("latency")
                        && f.source().equals(source)
                        && f.target().equals(target)
                        && f.variant().equals(fraction)
                        && f.metric().equals(metric))
                .mapToDouble(Figure::value)
                .findFirst();
    }

    /** The constant rate used at a percentage of the API's saturation (pgbench ran at the same rates). */
    OptionalDouble latencyRate(String target, String fraction) {
        return all.stream()
                .filter(f -> f.kind().equals("latency")
                        && !f.source().equals("lucene") // at half of Lucene's own saturation, not the API's
                        && f.target().equals(target)
                        && f.variant().equals(fraction))
                .mapToDouble(Figure::rate)
                .findFirst();
    }

    /** The rate of one source's constant-rate run at a percentage (Lucene's, at half of its own saturation). */
    OptionalDouble latencyRate(String source, String target, String fraction) {
        return all.stream()
                .filter(f -> f.kind().equals("latency")
                        && f.source().equals(source)
                        && f.target().equals(target)
                        && f.variant().equals(fraction))
                .mapToDouble(Figure::rate)
                .findFirst();
    }

    /** One figure of a kind, source, target and metric (the first, for figures measured once). */
    OptionalDouble one(String kind, String source, String target, String metric) {
        return all.stream()
                .filter(f -> f.kind().equals(kind)
                        && f.source().equals(source)
                        && f.target().equals(target)
                        && f.metric().equals(metric))
                .mapToDouble(Figure::value)
                .findFirst();
    }

    Optional<Spread> of(String kind, String source, String metric) {
        return Spread.of(values(f ->
                f.kind().equals(kind) && f.source().equals(source) && f.metric().equals(metric)));
    }

    List<String> sources(String kind) {
        return all.stream()
                .filter(f -> f.kind().equals(kind))
                .map(Figure::source)
                .distinct()
                .toList();
    }

    List<Integer> concurrencies(String source, String target) {
        return all.stream()
                .filter(f -> f.kind().equals("saturation")
                        && f.source().equals(source)
                        && f.target().equals(target))
                .map(Figure::concurrency)
                .distinct()
                .sorted()
                .toList();
    }

    private double[] values(Predicate<Figure> condition) {
        return all.stream().filter(condition).mapToDouble(Figure::value).toArray();
    }
}
