package io.vetted.e2e.drill.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.e2e.drill.Drill;
import io.vetted.e2e.drill.DrillOptions;
import io.vetted.e2e.drill.DrillReport;
import io.vetted.e2e.drill.Tally;
import io.vetted.e2e.drill.WriteKind;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.PostgresServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Drill 5, run by {@code bench/drill slow-db} (never by the build): vendor-service reaches its
 * database through a {@link FaultyProxy}, made slow and then lossy under a constant write load. The
 * service must answer 503 with Retry-After quickly rather than pile requests up, and recover by
 * itself once the proxy heals. Writes bench/results/DRILL-SLOW-DB.md.
 */
class SlowDbDrillBench {

    private static final Duration FAULT = Duration.ofSeconds(30);
    private static final long SLOW_MS = 400;
    private static final double LOSS = 0.1;

    record Phase(String name, Consumer<FaultyProxy> fault) {}

    @Test
    void vendorServiceAnswers503QuicklyWhileItsDatabaseIsSlowOrLossyAndRecoversAlone() throws Exception {
        DrillOptions options = DrillOptions.fromSystemProperties();
        URI server = URI.create(PostgresServer.get().baseUrl().substring("jdbc:".length()));
        try (Platform platform = Platform.start(SlowDbDrillBench.class, DbDrills.environment());
                FaultyProxy proxy = new FaultyProxy(server.getHost(), server.getPort())) {
            String direct = platform.database(platform.vendor).url();
            platform.vendor.stop();
            platform.vendor
                    .start(Map.of(
                            "DATABASE_URL",
                            direct.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port())))
                    .awaitReady(Duration.ofSeconds(180));
            Drill drill = new Drill(platform, options);
            String page = platform.address(platform.vendor) + "/api/providers/"
                    + drill.reviewedProviders().get(0);
            List<Phase> phases = List.of(
                    new Phase("before the fault", p -> p.heal()),
                    new Phase("slow: +" + SLOW_MS + " ms per chunk each way", p -> p.slow(SLOW_MS)),
                    new Phase("lossy: " + (int) (LOSS * 100) + " % of chunks and connects cut", p -> {
                        p.slow(0);
                        p.lossy(LOSS);
                    }));
            List<String> names = new ArrayList<>();
            List<long[]> windows = new ArrayList<>();
            long healed;
            try (Probe probe = new Probe(drill.http(), "vendor-service", page, Duration.ofMillis(250))) {
                drill.load().start();
                for (Phase phase : phases) {
                    phase.fault().accept(proxy);
                    long from = System.currentTimeMillis();
                    pause(phase.name().startsWith("before") ? options.warmUp() : FAULT);
                    names.add(phase.name());
                    windows.add(new long[] {from, System.currentTimeMillis()});
                }
                proxy.heal();
                healed = System.currentTimeMillis();
                pause(options.warmUp().plusSeconds(10));
                names.add("after healing");
                windows.add(new long[] {healed, System.currentTimeMillis()});
                drill.load().stop();
                // read once the load stopped: a request sent late in a phase has its answer by now
                List<ProbeStats> stats = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    stats.add(ProbeStats.of(names.get(i), probe.between(windows.get(i)[0], windows.get(i)[1])));
                }
                Probe.Answer back = probe.firstSuccessAfter(healed);
                Map<WriteKind, Long> writes = drill.recovery("vendor-service", healed);
                List<Tally> tallies = drill.reconcile();
                new DrillReport("slow-db", "the network to PostgreSQL slow or lossy for vendor-service", intro(options))
                        .writes(tallies)
                        .section(
                                "vendor-service's answers during the faults (a reader without retries)",
                                ProbeStats.table(stats))
                        .section("Recovery after healing the proxy", recovery(back, healed, writes))
                        .section(
                                "Answers clients could not read",
                                DbDrills.list(drill.load().failures()))
                        .write(Path.of(System.getProperty("vetted.root", "..")));
                Tally.assertIntact(tallies);
                assertThat(stats).allSatisfy(s -> {
                    assertThat(s.serverErrors())
                            .as("500s in phase %s", s.phase())
                            .isZero();
                    assertThat(s.unanswered())
                            .as("no answer in phase %s", s.phase())
                            .isZero();
                });
                assertThat(back).as("a success after healing").isNotNull();
            }
        }
    }

    private static String recovery(Probe.Answer back, long healed, Map<WriteKind, Long> writes) {
        StringBuilder text = new StringBuilder();
        text.append("- first 200 to the reader after healing: ")
                .append(back == null ? "none" : DbDrills.seconds(back.at() + back.tookMs() - healed) + " s")
                .append('\n');
        writes.forEach((kind, ms) -> text.append("- first acknowledged ")
                .append(kind.label())
                .append(" after healing: ")
                .append(ms < 0 ? "none" : DbDrills.seconds(ms) + " s")
                .append('\n'));
        return text.append("\nNothing was restarted: the service recovered by itself.")
                .toString();
    }

    private static String intro(DrillOptions options) {
        return "vendor-service is restarted to reach PostgreSQL through a TCP proxy of the drill's (FaultyProxy);"
                + " the other services reach it directly. Under a constant write load (" + options.clientsPerKind()
                + " clients per kind, " + options.ratePerClient() + " writes/s each: references posted with an"
                + " Idempotency-Key, which make review-service ask vendor-service; profile edits and offers"
                + " repriced on vendor-service; every client retries a lost connection, a timeout or a 5xx, waiting"
                + " what Retry-After says), the proxy is made slow (+" + SLOW_MS + " ms on every chunk each way)"
                + " for " + FAULT.toSeconds() + " s, then lossy (each chunk or new connection cut with probability "
                + LOSS + ", by a reset) for " + FAULT.toSeconds() + " s, then healed. A reader without retries"
                + " asks vendor-service for a provider's page (a database read) every 250 ms throughout:"
                + " its answers (by the phase they were asked in), their times and Retry-After are below."
                + " vendor-service waits at most"
                + " DATABASE_CONNECTION_TIMEOUT_MS (2 s) for a connection, then answers 503 with Retry-After.";
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
