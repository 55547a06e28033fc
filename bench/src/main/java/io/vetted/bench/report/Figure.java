package io.vetted.bench.report;

/**
 * One measured value, as a line of bench/run's raw CSV:
 * {@code kind,source,target,concurrency,rate,variant,metric,value}. The variant is the repetition
 * for repeated measurements and the percentage of saturation for latency at a constant rate.
 */
public record Figure(
        String kind,
        String source,
        String target,
        int concurrency,
        double rate,
        String variant,
        String metric,
        double value) {

    static final String HEADER = "kind,source,target,concurrency,rate,variant,metric,value";

    static Figure parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 8) {
            throw new IllegalArgumentException("expected 8 fields in raw figure line: " + line);
        }
        return new Figure(
                f[0],
                f[1],
                f[2],
                Integer.parseInt(f[3]),
                Double.parseDouble(f[4]),
                f[5],
                f[6],
                Double.parseDouble(f[7]));
    }
}
