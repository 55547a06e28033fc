package io.vetted.e2e.drill.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.e2e.drill.Drill;
import io.vetted.e2e.drill.DrillOptions;
import io.vetted.e2e.drill.DrillReport;
import io.vetted.e2e.drill.ReputationCheck;
import io.vetted.e2e.drill.Tally;
import io.vetted.e2e.drill.WriteKind;
import io.vetted.testsupport.Platform;
import io.vetted.testsupport.ServiceProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Drill 2, run by {@code bench/drill pg-immediate} (never by the build): the platform's databases
 * on a PostgreSQL of the drill's own, stopped with {@code pg_ctl -m immediate} under a constant
 * write load, then started again on the same data directory and port. The services must reconnect
 * by themselves, and PostgreSQL's durability must keep every acknowledged write. Writes
 * bench/results/DRILL-PG-IMMEDIATE.md.
 */
class PgImmediateDrillBench {

    private static final Duration DOWN = Duration.ofSeconds(10);
    private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(90);

    record Outage(int round, long downMs, long startMs, Map<WriteKind, Long> firstWriteMs, List<String> stopped) {}

    @Test
    void acknowledgedWritesSurvivePostgresStoppedImmediatelyUnderLoad() throws Exception {
        DrillOptions options = DrillOptions.fromSystemProperties();
        int near = Integer.getInteger("vetted.ports.first", 12000) + 950;
        try (SeparatePostgres postgres = SeparatePostgres.startNear(near);
                Platform platform = Platform.start(PgImmediateDrillBench.class, DbDrills.environment())) {
            String durability = synchronousCommit(platform);
            Drill drill = new Drill(platform, options);
            List<Outage> outages = new ArrayList<>();
            drill.load().start();
            pause(options.warmUp());
            for (int round = 1; round <= options.rounds(); round++) {
                long stopping = System.currentTimeMillis();
                postgres.stopImmediately();
                long stopped = System.currentTimeMillis();
                pause(DOWN);
                long starting = System.currentTimeMillis();
                postgres.start();
                long started = System.currentTimeMillis();
                Map<WriteKind, Long> first = awaitWrites(drill, started);
                List<String> dead = platform.all().stream()
                        .filter(s -> !s.running())
                        .map(ServiceProcess::name)
                        .toList();
                outages.add(new Outage(round, starting - stopping, started - starting, first, dead));
                assertThat(stopped).isGreaterThanOrEqualTo(stopping);
                pause(options.warmUp());
            }
            drill.load().stop();
            ReputationCheck.Result reputation =
                    ReputationCheck.check(platform, drill.reviewedProviders(), Duration.ofSeconds(120));
            List<Tally> tallies = drill.reconcile();
            new DrillReport(
                            "pg-immediate",
                            "PostgreSQL stopped with immediate mode under load",
                            intro(options) + " synchronous_commit as the services' sessions see it: " + durability
                                    + ".")
                    .writes(tallies)
                    .section(
                            "Outages (pg_ctl -m immediate stop, " + DOWN.toSeconds() + " s down, start)",
                            outages(outages))
                    .reputation(reputation)
                    .section(
                            "Answers clients could not read",
                            DbDrills.list(drill.load().failures()))
                    .write(Path.of(System.getProperty("vetted.root", "..")));
            Tally.assertIntact(tallies);
            assertThat(outages).allSatisfy(o -> {
                assertThat(o.stopped()).as("services that died").isEmpty();
                assertThat(o.firstWriteMs())
                        .as("kinds without a write after the restart")
                        .doesNotContainValue(-1L);
            });
            assertThat(reputation.mismatches()).isEmpty();
            assertThat(durability).isEqualTo("on");
        }
    }

    private static String synchronousCommit(Platform platform) throws SQLException {
        try (Connection review = platform.database(platform.review).connect();
                var row = review.createStatement().executeQuery("SHOW synchronous_commit")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Waits until each kind of write is acknowledged again; -1 for a kind that never was in time. */
    private static Map<WriteKind, Long> awaitWrites(Drill drill, long since) {
        List<WriteKind> kinds = List.of(WriteKind.REFERENCE, WriteKind.PROFILE_EDIT, WriteKind.REPRICE);
        long deadline = System.currentTimeMillis() + RECOVERY_PATIENCE.toMillis();
        Map<WriteKind, Long> first = new EnumMap<>(WriteKind.class);
        while (first.size() < kinds.size() && System.currentTimeMillis() < deadline) {
            for (WriteKind kind : kinds) {
                long at = drill.ledger(kind).firstSuccessAfter(since);
                if (at >= 0) {
                    first.putIfAbsent(kind, at - since);
                }
            }
            pause(Duration.ofMillis(100));
        }
        kinds.forEach(k -> first.putIfAbsent(k, -1L));
        return first;
    }

    private static String outages(List<Outage> outages) {
        StringBuilder text = new StringBuilder(
                "| round | stop to start, s | pg_ctl start took, s | first acknowledged write after start, s"
                        + " | services that died |\n|---|---|---|---|---|\n");
        for (Outage o : outages) {
            text.append("| ").append(o.round()).append(" | ").append(DbDrills.seconds(o.downMs()));
            text.append(" | ").append(DbDrills.seconds(o.startMs())).append(" | ");
            o.firstWriteMs()
                    .forEach((kind, ms) -> text.append(kind.name().toLowerCase(Locale.ROOT))
                            .append(' ')
                            .append(ms < 0 ? "none" : DbDrills.seconds(ms))
                            .append("; "));
            text.append(" | ")
                    .append(o.stopped().isEmpty() ? "none" : o.stopped())
                    .append(" |\n");
        }
        return text.toString();
    }

    private static String intro(DrillOptions options) {
        return "The four services' databases live on a PostgreSQL 15 server of the drill's own (Debian binaries,"
                + " fsync and synchronous_commit on, as in production; never the shared server). Under a constant"
                + " write load (" + options.clientsPerKind() + " clients per kind, " + options.ratePerClient()
                + " writes/s each: references posted with an Idempotency-Key, profile edits, offers repriced;"
                + " every client retries a lost connection, a timeout or a 5xx with the same request), the server"
                + " is stopped with `pg_ctl -m immediate` (SIGQUIT: no checkpoint, backends killed, as a crash),"
                + " left down " + DOWN.toSeconds() + " s, and started again on the same data directory and port"
                + " (crash recovery replays the WAL), " + options.rounds() + " times. The services are not"
                + " touched: they must reconnect by themselves. Afterwards each client's ledger is compared"
                + " with the databases (SQL).";
    }

    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }
}
