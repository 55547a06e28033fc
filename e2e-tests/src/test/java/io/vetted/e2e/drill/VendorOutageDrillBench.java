package io.vetted.e2e.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.e2e.DrillAccounts;
import io.vetted.testsupport.Platform;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Drill 3, run by {@code bench/drill vendor-outage} (never by the build): vendor-service stopped for
 * {@code vetted.drill.outage} seconds (60) while the write load goes on. References about known
 * providers must still be accepted, or refused clearly (4xx, or 503 with Retry-After); every
 * reputation change review-service published meanwhile must reach vendor-service once it is back,
 * and the team-membership checks skipped meanwhile must be done then ({@link MembershipAfterOutage}).
 * Writes bench/results/DRILL-VENDOR-OUTAGE.md.
 */
class VendorOutageDrillBench {

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("vetted.drill.outage", 60));

    @Test
    void referencesWrittenWhileVendorServiceIsDownReachItsReputationOnceBack() throws Exception {
        DrillOptions options = DrillOptions.fromSystemProperties();
        Map<String, String> environment = new HashMap<>(Drill.environment());
        // the checks skipped during the outage are done this often once vendor-service is back (1 min by default)
        environment.put("MEMBERSHIP_RECHECK_PERIOD", "5s");
        environment.putAll(DrillAccounts.withModerator());
        try (Platform platform = Platform.start(VendorOutageDrillBench.class, environment);
                DrillAccounts accounts = new DrillAccounts(platform)) {
            Drill drill = new Drill(platform, options);
            MembershipAfterOutage membership = new MembershipAfterOutage(platform, accounts);
            Ledger references = drill.ledger(WriteKind.REFERENCE);
            drill.load().start();
            pause(options.warmUp());
            Snapshot before = Snapshot.of(references);
            long stoppedAt = System.currentTimeMillis();
            platform.stop(platform.vendor);
            membership.insiderPosts(accounts);
            long waiting = 0;
            try (Connection review = platform.database(platform.review).connect()) {
                long until = System.nanoTime() + OUTAGE.toNanos();
                while (System.nanoTime() < until) {
                    waiting = Math.max(waiting, ReputationCheck.count(review, "SELECT count(*) FROM outbox_event"));
                    pause(Duration.ofSeconds(1));
                }
            }
            Snapshot during = Snapshot.of(references).minus(before);
            long restartedAt = System.currentTimeMillis();
            platform.restart(platform.vendor);
            long readyMs = System.currentTimeMillis() - restartedAt;
            long backlogMs = backlogDelivered(platform, restartedAt);
            MembershipAfterOutage.Outcome checked = membership.settle(Duration.ofSeconds(120));
            pause(options.warmUp());
            drill.load().stop();
            ReputationCheck.Result reputation =
                    ReputationCheck.check(platform, drill.reviewedProviders(), Duration.ofSeconds(120));
            List<Tally> tallies = drill.reconcile();
            Map<WriteKind, Long> recovery = drill.recovery("vendor-service", restartedAt);
            new DrillReport("vendor-outage", "vendor-service down for " + OUTAGE.toSeconds() + " s", intro(options))
                    .writes(tallies)
                    .section(
                            "The outage",
                            "- vendor-service stopped for " + (restartedAt - stoppedAt) / 1000 + " s, ready "
                                    + DrillReport.seconds(readyMs) + " s after its restart\n"
                                    + "- references acknowledged while it was down: " + during.acknowledged()
                                    + "\n- references refused while it was down (final answers, by status): "
                                    + during.refused() + "\n- errors clients saw while it was down, by cause: "
                                    + during.errors() + "\n- review's outbox events waiting during the outage (most): "
                                    + waiting + "\n- events queued before the restart all delivered: "
                                    + (backlogMs < 0
                                            ? "NOT within 120 s"
                                            : DrillReport.seconds(backlogMs) + " s after the restart")
                                    + "\n- first acknowledged write after the restart, s: " + seconds(recovery))
                    .section("Team-membership checks skipped during the outage", checked.report())
                    .reputation(reputation)
                    .write(Path.of(System.getProperty("vetted.root", "..")));
            Tally.assertIntact(tallies);
            assertThat(during.errors().keySet())
                    .as("no bare 5xx while vendor-service is down")
                    .allMatch(cause -> !cause.startsWith("HTTP 5") || cause.contains("Retry-After"));
            assertThat(reputation.mismatches()).isEmpty();
            assertThat(checked.open())
                    .as("membership flags left open for a moderator")
                    .isZero();
            assertThat(checked.heldForOtherFlags())
                    .as("references held for the skipped check alone")
                    .doesNotContainKey("MEMBERSHIP_UNCHECKED");
            assertThat(checked.insiderAnswer())
                    .as("the insider's post during the outage")
                    .isEqualTo(201);
            assertThat(checked.insiderStatus())
                    .as("the insider's reference once checked")
                    .isEqualTo("HIDDEN");
            // one line when deliveries start failing and one when they succeed again, per event type
            assertThat(checked.outageLines()).as("outage lines in review's log").isBetween(1L, 3L);
            assertThat(reputation.parked()).isZero();
        }
    }

    /** Waits until no outbox event created before {@code restartedAt} is left; -1 when not in 120 s. */
    private static long backlogDelivered(Platform platform, long restartedAt) throws Exception {
        try (Connection review = platform.database(platform.review).connect();
                var statement = review.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE created_at < to_timestamp(? / 1000.0)")) {
            statement.setLong(1, restartedAt);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try (var row = statement.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return System.currentTimeMillis() - restartedAt;
                    }
                }
                pause(Duration.ofMillis(200));
            }
            return -1;
        }
    }

    private static String seconds(Map<WriteKind, Long> recovery) {
        Map<String, String> shown = new TreeMap<>();
        recovery.forEach((kind, ms) -> shown.put(kind.label(), ms < 0 ? "none" : DrillReport.seconds(ms)));
        return shown.toString();
    }

    private static String intro(DrillOptions options) {
        return "Under a constant write load (" + options.clientsPerKind() + " clients per kind, "
                + options.ratePerClient() + " writes/s each: references with an Idempotency-Key, profile edits, "
                + "offers repriced; every client retries a lost connection, a timeout, a 5xx or a 429 with the same "
                + "request, for up to 150 s), vendor-service is stopped for " + OUTAGE.toSeconds() + " s and started "
                + "again. Owners' edits go to vendor-service and wait for it; references go to review-service, "
                + "which knows the providers already and queues each reputation change in its outbox. Afterwards "
                + "each ledger is compared with the databases, and each provider's reputation on vendor-service "
                + "with review-service's latest version.";
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }

    /** What the reference clients had been told at one moment. */
    private record Snapshot(long acknowledged, Map<Integer, Long> refused, Map<String, Long> errors) {

        static Snapshot of(Ledger ledger) {
            return new Snapshot(ledger.acknowledged().size(), ledger.refusals(), ledger.errors());
        }

        Snapshot minus(Snapshot earlier) {
            Map<Integer, Long> refusedSince = new TreeMap<>(refused);
            earlier.refused.forEach((k, v) -> refusedSince.merge(k, -v, Long::sum));
            refusedSince.values().removeIf(v -> v == 0);
            Map<String, Long> errorsSince = new TreeMap<>(errors);
            earlier.errors.forEach((k, v) -> errorsSince.merge(k, -v, Long::sum));
            errorsSince.values().removeIf(v -> v == 0);
            return new Snapshot(acknowledged - earlier.acknowledged, refusedSince, errorsSince);
        }
    }
}
