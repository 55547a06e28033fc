package io.vetted.e2e.drill;

import io.vetted.testsupport.Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether vendor-service ended up with every reputation change review-service published: once
 * review's outbox is empty, each provider's reputation on vendor-service must carry review's latest
 * version and its count of visible references. A version vendor-service never got is a lost change;
 * events left parked (failed for good) are reported too.
 */
public final class ReputationCheck {

    /** {@code drainedMs}: from the end of the load until the outbox was empty (-1: never in time). */
    public record Result(int providers, List<String> mismatches, long parked, long drainedMs) {}

    private ReputationCheck() {}

    public static Result check(Platform platform, List<UUID> providers, Duration wait) throws SQLException {
        long started = System.nanoTime();
        long drainedMs = -1;
        try (Connection review = platform.database(platform.review).connect();
                Connection vendor = platform.database(platform.vendor).connect()) {
            long deadline = started + wait.toNanos();
            while (System.nanoTime() < deadline) {
                if (count(review, "SELECT count(*) FROM outbox_event WHERE failed_permanently_at IS NULL") == 0) {
                    drainedMs = (System.nanoTime() - started) / 1_000_000;
                    break;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
            List<String> mismatches = new ArrayList<>();
            for (UUID provider : providers) {
                String published = row(
                        review,
                        "SELECT r.version || '/' || f.reference_count FROM provider_reputation r"
                                + " JOIN provider_reputation_figures f USING (provider_id) WHERE r.provider_id = ?",
                        provider);
                String received = row(
                        vendor,
                        "SELECT source_version || '/' || reference_count FROM provider_reputation"
                                + " WHERE provider_id = ?",
                        provider);
                if (published != null && !published.equals(received)) {
                    mismatches.add(provider + ": review " + published + ", vendor " + received);
                }
            }
            long parked = count(review, "SELECT count(*) FROM outbox_event WHERE failed_permanently_at IS NOT NULL");
            return new Result(providers.size(), mismatches, parked, drainedMs);
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String row(Connection connection, String sql, UUID provider) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, provider);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
