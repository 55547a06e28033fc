package io.vetted.e2e.drill.db;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One phase of a drill as the {@link Probe} saw it: statuses, answer times, Retry-After. */
record ProbeStats(
        String phase,
        int answers,
        Map<Integer, Long> statuses,
        long p50Ms,
        long p99Ms,
        long maxMs,
        long busyP50Ms,
        long busyP99Ms,
        long busyWithoutRetryAfter,
        long serverErrors,
        long unanswered) {

    static ProbeStats of(String phase, List<Probe.Answer> answers) {
        List<Long> all = answers.stream().map(Probe.Answer::tookMs).sorted().toList();
        List<Probe.Answer> busy =
                answers.stream().filter(a -> a.status() == 503).toList();
        List<Long> busyTimes = busy.stream().map(Probe.Answer::tookMs).sorted().toList();
        return new ProbeStats(
                phase,
                answers.size(),
                answers.stream()
                        .collect(Collectors.groupingBy(Probe.Answer::status, TreeMap::new, Collectors.counting())),
                percentile(all, 50),
                percentile(all, 99),
                all.isEmpty() ? 0 : all.get(all.size() - 1),
                percentile(busyTimes, 50),
                percentile(busyTimes, 99),
                busy.stream().filter(a -> a.retryAfter() == null).count(),
                answers.stream()
                        .filter(a -> a.status() >= 500 && a.status() != 503)
                        .count(),
                answers.stream().filter(a -> a.status() == 0).count());
    }

    static String table(List<ProbeStats> phases) {
        StringBuilder text = new StringBuilder("| phase | answers | by status (0: none) | p50 ms | p99 ms | max ms"
                + " | 503 p50 ms | 503 p99 ms | 503 without Retry-After | other 5xx |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (ProbeStats s : phases) {
            text.append("| ")
                    .append(s.phase())
                    .append(" | ")
                    .append(s.answers())
                    .append(" | ");
            text.append(s.statuses())
                    .append(" | ")
                    .append(s.p50Ms())
                    .append(" | ")
                    .append(s.p99Ms());
            text.append(" | ")
                    .append(s.maxMs())
                    .append(" | ")
                    .append(s.busyP50Ms())
                    .append(" | ");
            text.append(s.busyP99Ms())
                    .append(" | ")
                    .append(s.busyWithoutRetryAfter())
                    .append(" | ");
            text.append(s.serverErrors()).append(" |\n");
        }
        return text.toString();
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
