package io.vetted.e2e.drill;

import io.vetted.e2e.DrillAccounts;
import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Drill 3's membership part: references accepted while vendor-service is down skip the team check
 * and wait flagged; once it is back, review-service must check them itself, publishing a client's
 * and hiding the one an insider (a colleague on the provider's team) wrote about its own provider.
 * Also counts the lines in which review-service's relay told of the outage.
 */
final class MembershipAfterOutage {

    private static final String OPEN_FLAGS =
            "SELECT count(*) FROM reference_flag WHERE kind = 'MEMBERSHIP_UNCHECKED'" + " AND resolved_at IS NULL";

    private final Platform platform;
    private final DrillAccounts.Owner target;
    private final DrillAccounts.Signed insider;
    private DrillAccounts.Posted insiders;

    /** A provider review-service knows (a client reviewed it) and an insider of its team, before the outage. */
    MembershipAfterOutage(Platform platform, DrillAccounts accounts) {
        this.platform = platform;
        target = accounts.provider("Morlaix Conseil", "Morlaix");
        accounts.review(accounts.client("Conserverie de Morlaix"), target.provider());
        insider = accounts.insider(target, "Collègue de Morlaix");
    }

    /** During the outage: the insider reviews its own provider. */
    void insiderPosts(DrillAccounts accounts) {
        insiders = accounts.review(insider, target.provider());
    }

    /** After the restart: waits until no membership flag is open (or {@code wait} passes), then reads the outcome. */
    Outcome settle(Duration wait) throws SQLException {
        try (Connection review = platform.database(platform.review).connect()) {
            long flagged = ReputationCheck.count(
                    review, "SELECT count(*) FROM reference_flag WHERE kind = 'MEMBERSHIP_UNCHECKED'");
            long started = System.nanoTime();
            long deadline = started + wait.toNanos();
            while (ReputationCheck.count(review, OPEN_FLAGS) > 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            }
            long settledMs = (System.nanoTime() - started) / 1_000_000;
            String insiderStatus =
                    insiders.id() == null ? "refused (HTTP " + insiders.status() + ")" : status(review, insiders.id());
            String logs = platform.logs(platform.review);
            return new Outcome(
                    flagged,
                    ReputationCheck.count(review, OPEN_FLAGS),
                    heldForOtherFlags(review),
                    settledMs,
                    insiders.status(),
                    insiderStatus,
                    lines(logs, "events unreachable"),
                    lines(logs, "events is back after"));
        }
    }

    /** The flagged references still under review, by the other open flags that hold them (the drill's bursts). */
    private static Map<String, Long> heldForOtherFlags(Connection review) throws SQLException {
        Map<String, Long> held = new TreeMap<>();
        try (var rows = review.createStatement().executeQuery("""
                SELECT other.kind, count(DISTINCT r.id)
                  FROM reference r
                  JOIN reference_flag skipped ON skipped.reference_id = r.id AND skipped.kind = 'MEMBERSHIP_UNCHECKED'
                  JOIN reference_flag other ON other.reference_id = r.id AND other.resolved_at IS NULL
                 WHERE r.status = 'UNDER_REVIEW'
                 GROUP BY other.kind""")) {
            while (rows.next()) {
                held.put(rows.getString(1), rows.getLong(2));
            }
        }
        return held;
    }

    private static String status(Connection review, String id) throws SQLException {
        try (var statement = review.prepareStatement("SELECT status FROM reference WHERE id = ?::uuid")) {
            statement.setString(1, id);
            try (var row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "missing";
            }
        }
    }

    private static long lines(String log, String text) {
        return log.lines().filter(line -> line.contains(text)).count();
    }

    record Outcome(
            long flagged,
            long open,
            Map<String, Long> heldForOtherFlags,
            long settledMs,
            int insiderAnswer,
            String insiderStatus,
            long outageLines,
            long recoveryLines) {

        String report() {
            return "- references accepted with the team check skipped (flagged): " + flagged
                    + "\n- flags still open after the recovery, that is cases left for a moderator: " + open
                    + " (all checked within " + DrillReport.seconds(settledMs) + " s of the backlog's delivery)"
                    + "\n- of the flagged references, held under review by other open flags (by flag): "
                    + heldForOtherFlags + " (the skipped check never holds a reference; bursts of 40 authors"
                    + " a provider are the drill's own)"
                    + "\n- the insider's reference about its own provider, posted during the outage: HTTP "
                    + insiderAnswer + ", now " + insiderStatus
                    + "\n- review-service's log of the outage: " + outageLines + " line(s) when a receiver became"
                    + " unreachable, " + recoveryLines + " when it was back (not one per failed delivery)";
        }
    }
}
