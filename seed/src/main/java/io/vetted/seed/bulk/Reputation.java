package io.vetted.seed.bulk;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every provider's reputation, read once for all from review's database view
 * {@code provider_reputation_figures}, the formula review-service itself computes with
 * (docs/reputation.md), stored in its ledger at version 1 and copied into vendor-service's snapshot
 * tables at source version 1: the next real change there becomes version 2, which vendor-service
 * accepts as newer. No outbox event is left behind.
 */
final class Reputation {

    static final long SOURCE_VERSION = 1;
    private static final String CRITERION_COLUMN = "criteria_";

    private Reputation() {}

    /** review-service's ledger row per provider with references: the visible count and rating sum, version 1. */
    static long ledger(Connection review) throws SQLException {
        try (Statement statement = review.createStatement()) {
            return statement.executeUpdate("""
                    INSERT INTO provider_reputation (provider_id, reference_count, rating_sum, version, updated_at)
                    SELECT provider_id, reference_count, rating_sum, %d, now()
                      FROM provider_reputation_figures""".formatted(SOURCE_VERSION));
        }
    }

    /** Streams the snapshots review-service would send into vendor-service's tables; returns providers written. */
    static long snapshots(Connection review, Connection vendor) throws SQLException {
        long providers = 0;
        try (Statement read = review.createStatement()) {
            read.setFetchSize(10_000);
            try (ResultSet row = read.executeQuery("SELECT * FROM provider_reputation_figures");
                    CopyRows snapshots = new CopyRows(vendor, """
                         provider_reputation (provider_id, average_rating, reference_count, verified_reference_count,
                         bayesian_rating, recommend_share, source_version, updated_at, provider_vouched_count)""")) {
                List<String> criterionColumns = criterionColumns(row.getMetaData());
                List<Rated> criteria = new ArrayList<>();
                while (row.next()) {
                    String provider = row.getString("provider_id");
                    snapshots
                            .raw(provider)
                            .raw(row.getBigDecimal("average_rating"))
                            .raw(row.getInt("reference_count"))
                            .raw(row.getInt("verified_reference_count"))
                            .raw(row.getBigDecimal("bayesian_rating"))
                            .raw(row.getBigDecimal("recommend_share"))
                            .raw(SOURCE_VERSION)
                            .raw("now")
                            .raw(row.getInt("provider_vouched_count"));
                    snapshots.end();
                    for (String column : criterionColumns) {
                        BigDecimal average = row.getBigDecimal(column);
                        if (average != null) {
                            String criterion =
                                    column.substring(CRITERION_COLUMN.length()).toUpperCase(Locale.ROOT);
                            criteria.add(new Rated(provider, criterion, average));
                        }
                    }
                    providers++;
                }
                snapshots.finish();
                copyCriteria(vendor, criteria);
            }
        }
        return providers;
    }

    private record Rated(String provider, String criterion, BigDecimal rating) {}

    private static void copyCriteria(Connection vendor, List<Rated> criteria) throws SQLException {
        try (CopyRows rows = new CopyRows(vendor, "provider_reputation_criterion (provider_id, criterion, rating)")) {
            for (Rated rated : criteria) {
                rows.raw(rated.provider())
                        .raw(rated.criterion())
                        .raw(rated.rating().toPlainString());
                rows.end();
            }
            rows.finish();
        }
    }

    /** The view's per-criterion averages: criteria_objectives is vendor-service's OBJECTIVES. */
    private static List<String> criterionColumns(ResultSetMetaData columns) throws SQLException {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnName(i).startsWith(CRITERION_COLUMN)) {
                names.add(columns.getColumnName(i));
            }
        }
        return names;
    }
}
