package io.vetted.bench.lag;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;

/**
 * Watches vendor-service's search read model ({@code provider_search}, what GET /api/providers
 * reads) for the reference count of providers that just received a reference, and records the time
 * from review-service's acceptance to the moment the new count is visible there. Polling the API
 * instead would load the service under test. A look costs a primary-key lookup per pending
 * provider, so looks are at least {@link #INTERVAL_NANOS} apart (the lag's resolution): looking
 * every 2 ms, as the probe first did, cost PostgreSQL up to a core once a backlog formed, and so
 * slowed the very delivery it measured.
 */
final class ReadModelWatch {

    private static final String COUNTS =
            "SELECT provider_id, reference_count FROM provider_search WHERE provider_id = ANY(?)";

    static final long INTERVAL_NANOS = 10_000_000;

    private final Connection db;
    private long lastLook = System.nanoTime() - INTERVAL_NANOS;
    private final Map<UUID, Integer> baseline = new HashMap<>();
    private final Map<UUID, Long> pending = new ConcurrentHashMap<>();
    private final Histogram lags = new Histogram(3_600_000_000L, 3);

    ReadModelWatch(Connection db) {
        this.db = db;
    }

    void baseline(List<UUID> providers) throws SQLException {
        baseline.putAll(counts(providers.toArray(UUID[]::new)));
    }

    /** review-service answered 201 at {@code acceptedNanos}. */
    void accepted(UUID provider, long acceptedNanos) {
        pending.put(provider, acceptedNanos);
    }

    int pending() {
        return pending.size();
    }

    Histogram lags() {
        return lags;
    }

    /** One look at the read model; providers whose count grew leave the pending set. */
    void poll() throws SQLException {
        if (pending.isEmpty() || System.nanoTime() - lastLook < INTERVAL_NANOS) {
            return;
        }
        lastLook = System.nanoTime();
        Map<UUID, Integer> now = counts(pending.keySet().toArray(UUID[]::new));
        long seen = System.nanoTime();
        now.forEach((provider, count) -> {
            if (count > baseline.getOrDefault(provider, 0)) {
                Long accepted = pending.remove(provider);
                if (accepted != null) {
                    lags.recordValue(Math.max(1, (seen - accepted) / 1_000));
                }
            }
        });
    }

    private Map<UUID, Integer> counts(UUID[] providers) throws SQLException {
        Map<UUID, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(COUNTS)) {
            Array ids = db.createArrayOf("uuid", providers);
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        }
        return counts;
    }
}
