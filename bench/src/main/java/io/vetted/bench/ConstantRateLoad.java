package io.vetted.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Sends requests at a constant rate and measures each one's latency from the moment it was
 * <em>scheduled</em> to be sent, not from when a busy client got round to sending it: when the
 * server stalls, the requests that should have gone out meanwhile count their wait (no
 * coordinated omission, unlike a closed-loop tool such as wrk).
 *
 * <p>{@code java -jar bench.jar --urls FILE --rate 500 --duration 30s --connections 32 [--warmup 5s] [--csv PREFIX]}
 * prints one JSON line: achieved rate, errors, and latency percentiles in milliseconds; with
 * {@code --csv}, one {@code PREFIX,metric,value} line per figure instead (bench/run's raw format).
 */
public final class ConstantRateLoad {

    private final List<URI> targets;
    private final double rate;
    private final Duration duration;
    private final int connections;
    private final HttpClient client;

    public ConstantRateLoad(List<URI> targets, double rate, Duration duration, int connections) {
        this.targets = targets;
        this.rate = rate;
        this.duration = duration;
        this.connections = connections;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<URI> targets = Files.readAllLines(Path.of(options.get("urls"))).stream()
                .filter(line -> !line.isBlank())
                .map(URI::create)
                .toList();
        int connections = Integer.parseInt(options.get("connections", "32"));
        double rate = Double.parseDouble(options.get("rate"));
        Duration warmup = Options.duration(options.get("warmup", "0s"));
        if (!warmup.isZero()) {
            new ConstantRateLoad(targets, rate, warmup, connections).run();
        }
        Result result = new ConstantRateLoad(
                        targets, rate, Options.duration(options.get("duration", "30s")), connections)
                .run();
        String csv = options.get("csv", null);
        System.out.print(csv == null ? result.toJson() + System.lineSeparator() : result.toCsv(csv));
    }

    public Result run() throws InterruptedException {
        return run(rate, duration, connections, i -> {
            URI target = targets.get((int) (i % targets.size()));
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(target)
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return response.statusCode() < 400;
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** One scheduled call, the i-th since the start: true when it succeeded. */
    @FunctionalInterface
    public interface Call {
        boolean send(long i) throws InterruptedException;
    }

    /**
     * The same schedule for any call (an in-process search engine as well as an HTTP server): call
     * i is due at start + i / rate, and its latency counts from then.
     */
    public static Result run(double rate, Duration duration, int workerCount, Call call) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(workerCount);
        long intervalNanos = (long) (1_000_000_000L / rate);
        long total = (long) (rate * duration.toNanos() / 1e9);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long index = i;
            workers.execute(() -> {
                try {
                    if (!call.send(index)) {
                        errors.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
                recorder.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1_000));
                completed.incrementAndGet();
            });
        }
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        double elapsedSeconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                rate, completed.get() / elapsedSeconds, completed.get(), errors.get(), recorder.getIntervalHistogram());
    }

    /** Latencies in microseconds; rates in requests per second. */
    public record Result(double targetRate, double achievedRate, long requests, long errors, Histogram latencies) {

        public double percentileMillis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1000.0;
        }

        public String toJson() {
            return String.format(
                    Locale.ROOT,
                    "{\"targetRate\":%.1f,\"achievedRate\":%.1f,\"requests\":%d,\"errors\":%d,"
                            + "\"p50\":%.2f,\"p90\":%.2f,\"p99\":%.2f,\"p999\":%.2f,\"max\":%.2f}",
                    targetRate,
                    achievedRate,
                    requests,
                    errors,
                    percentileMillis(50),
                    percentileMillis(90),
                    percentileMillis(99),
                    percentileMillis(99.9),
                    latencies.getMaxValue() / 1000.0);
        }

        /** One line per figure, each {@code prefix,metric,value}; the percentiles in milliseconds. */
        public String toCsv(String prefix) {
            StringBuilder lines = new StringBuilder();
            line(lines, prefix, "achieved", achievedRate);
            line(lines, prefix, "errors", (double) errors);
            for (double percentile : new double[] {50, 90, 99, 99.9}) {
                line(
                        lines,
                        prefix,
                        "p" + (percentile == 99.9 ? "99.9" : String.valueOf((int) percentile)),
                        percentileMillis(percentile));
            }
            line(lines, prefix, "p100", latencies.getMaxValue() / 1000.0);
            return lines.toString();
        }

        private static void line(StringBuilder lines, String prefix, String metric, double value) {
            lines.append(prefix)
                    .append(',')
                    .append(metric)
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.3f", value))
                    .append('\n');
        }
    }
}
