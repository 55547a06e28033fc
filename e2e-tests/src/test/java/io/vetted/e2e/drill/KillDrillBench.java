package io.vetted.e2e.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Drill 1, run by {@code bench/drill kill} (never by the build): under a constant write load, each
 * service in turn is killed with SIGKILL and restarted, several rounds. Each kill waits for the
 * moment it should interrupt: review-service once it has committed a reference whose client still
 * waits for the answer (and with it the reputation event in its outbox); vendor-service while review's batch is being delivered to it and owners' edits are
 * in flight; buyer-service while vendor's relay delivers watch events to it; identity-service and
 * web-ui under the load. Fails on any lost or duplicated write. Writes bench/results/DRILL-KILL.md.
 */
class KillDrillBench {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration BETWEEN_KILLS = Duration.ofSeconds(4);

    @Test
    void acknowledgedWritesSurviveEveryServiceKilledUnderLoad() throws Exception {
        DrillOptions options = DrillOptions.fromSystemProperties();
        try (Platform platform = Platform.start(KillDrillBench.class, Drill.environment())) {
            Drill drill = new Drill(platform, options);
            List<Kill> kills = new ArrayList<>();
            try (Killer killer = new Killer(platform, drill.http())) {
                Map<ServiceProcess, BooleanSupplier> moments = new LinkedHashMap<>();
                moments.put(platform.identity, killer.inFlight(platform.review));
                moments.put(platform.vendor, killer.delivering(platform.review, platform.vendor));
                moments.put(platform.review, killer.committedUnanswered(drill::unansweredReferences));
                moments.put(platform.buyer, () -> killer.leased(platform.vendor) > 0);
                moments.put(platform.web, killer.inFlight(platform.review));
                drill.load().start();
                pause(options.warmUp());
                for (int round = 1; round <= options.rounds(); round++) {
                    for (Map.Entry<ServiceProcess, BooleanSupplier> moment : moments.entrySet()) {
                        kills.add(killer.kill(moment.getKey(), round, moment.getValue(), PATIENCE));
                        pause(BETWEEN_KILLS);
                    }
                }
                pause(options.warmUp());
                drill.load().stop();
            }
            ReputationCheck.Result reputation =
                    ReputationCheck.check(platform, drill.reviewedProviders(), Duration.ofSeconds(120));
            List<Tally> tallies = drill.reconcile();
            List<Kill> recovered = new ArrayList<>();
            for (Kill kill : kills) {
                recovered.add(kill.withRecovery(drill.recovery(kill.service(), kill.restartedAt())));
            }
            new DrillReport("kill", "kill -9 each service in turn under load", intro(options))
                    .writes(tallies)
                    .kills(recovered)
                    .reputation(reputation)
                    .section(
                            "Answers clients could not read",
                            failures(drill.load().failures()))
                    .write(Path.of(System.getProperty("vetted.root", "..")));
            Tally.assertIntact(tallies);
            assertThat(reputation.mismatches()).isEmpty();
            assertThat(drill.load().failures()).isEmpty();
        }
    }

    private static String intro(DrillOptions options) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("clients per kind", options.clientsPerKind());
        settings.put("writes/s per client", options.ratePerClient());
        settings.put("rounds", options.rounds());
        return "Under a constant write load (" + settings + ": SME clients posting references with an "
                + "Idempotency-Key, owners editing their profile's description, owners repricing an offer; "
                + "every client retries a lost connection, a timeout or a 5xx with the same request), each "
                + "service is killed with SIGKILL and started again, in turn, for several rounds. Each kill "
                + "waits (up to " + PATIENCE.toSeconds() + " s) for the moment it should land on: requests in "
                + "flight to the killed service; for review-service, a reference committed (with its reputation event "
                + "in the outbox) whose client has not had the answer yet; for vendor-service, a batch of review's "
                + "outbox leased by its relay (being delivered to vendor-service) while owners' edits are in flight; "
                + "for buyer-service, vendor's outbox leased (watch events being delivered to it). Afterwards each client's "
                + "ledger is compared with the databases (SQL).";
    }

    private static String failures(List<String> failures) {
        return failures.isEmpty()
                ? "None."
                : String.join("\n", failures.stream().map(f -> "- " + f).toList());
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
