package io.vetted.bench.report;

import java.util.Arrays;
import java.util.Optional;

/** The median of repeated measurements with their lowest and highest value. */
record Spread(double median, double min, double max, int runs) {

    static Optional<Spread> of(double[] values) {
        if (values.length == 0) {
            return Optional.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Optional.of(new Spread(median, sorted[0], sorted[n - 1], n));
    }

    /** How far the runs strayed from the median, in percent of it. */
    double spreadPercent() {
        return median == 0 ? 0 : 100 * (max - min) / median;
    }
}
