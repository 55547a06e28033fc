package io.vetted.seed.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds vendor-service's provider_search rows for every published provider with one set-based
 * statement per connection (search-rows.sql) on the committed profile tables, while review's
 * tables are still loading; the rating columns follow once reputations exist. Its secondary
 * indexes are dropped first and recreated at the end from their exact pg_indexes definitions:
 * building a GIN index once is several times cheaper than 100,000 inserts into it.
 */
final class SearchRows {

    private final Databases databases;
    private final int shards;
    private List<Indexes.Secondary> indexes = List.of();

    SearchRows(Databases databases, int shards) {
        this.databases = databases;
        this.shards = shards;
    }

    /** Drops the secondary indexes; from here on, {@link #finish} must run whatever happens. */
    void dropIndexes() throws SQLException {
        try (Connection vendor = databases.vendor(true)) {
            indexes = Indexes.secondary(vendor, "provider_search");
            try (Statement statement = vendor.createStatement()) {
                for (Indexes.Secondary index : indexes) {
                    statement.execute(index.drop());
                }
            }
        }
    }

    /** Every published provider's row, from the profile tables: ratings come later, with {@link #rate}. */
    long insert() throws Exception {
        AtomicLong rows = new AtomicLong();
        parallel(shards, shard -> rows.addAndGet(insert(shard)));
        return rows.get();
    }

    /** Sets the rating columns from vendor's reputation snapshots, as refresh_provider_search reads them. */
    long rate() throws SQLException {
        try (Connection vendor = databases.vendor(true);
                Statement statement = vendor.createStatement()) {
            return statement.executeUpdate("""
                    UPDATE provider_search s
                       SET average_rating = r.average_rating,
                           bayesian_rating = coalesce(r.bayesian_rating,
                               round((5 * 3.5 + r.reference_count * r.average_rating) / (5 + r.reference_count), 2)),
                           reference_count = r.reference_count,
                           verified_reference_count = r.verified_reference_count
                      FROM provider_reputation r
                     WHERE r.provider_id = s.provider_id """);
        }
    }

    /** Recreates the dropped indexes from their definitions, two at a time. */
    long finish() throws Exception {
        List<String> definitions =
                indexes.stream().map(Indexes.Secondary::definition).toList();
        parallel(shards, shard -> {
            for (int k = shard; k < definitions.size(); k += shards) {
                try (Connection vendor = databases.vendor(true);
                        Statement statement = vendor.createStatement()) {
                    statement.execute("SET maintenance_work_mem = '256MB'");
                    statement.execute(definitions.get(k));
                }
            }
            return 0;
        });
        return definitions.size();
    }

    private long insert(int shard) throws SQLException {
        String sql = template().replace(":shards", Integer.toString(shards)).replace(":shard", Integer.toString(shard));
        try (Connection vendor = databases.vendor(true);
                Statement statement = vendor.createStatement()) {
            statement.execute("SET synchronous_commit = off");
            return statement.executeUpdate(sql);
        }
    }

    private static String template() {
        try (InputStream in = SearchRows.class.getResourceAsStream("search-rows.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("search-rows.sql missing from the jar", e);
        }
    }

    interface Task {
        long run(int shard) throws Exception;
    }

    static void parallel(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shard = t;
                futures.add(pool.submit(() -> task.run(shard)));
            }
            Exception failure = null;
            for (Future<Long> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // wait for the other workers all the same: nothing may still run when the caller cleans up
                    failure = failure == null && e.getCause() instanceof Exception cause ? cause : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
        }
    }
}
