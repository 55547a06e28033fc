package io.vetted.seed.bulk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every provider's reputation, computed once for all in review's database with review-service's
 * own definitions (ReputationCalculator, docs/reputation.md), stored in its ledger at version 1 and
 * copied into vendor-service's snapshot tables at source version 1: the next real change there
 * becomes version 2, which vendor-service accepts as newer. No outbox event is left behind. The
 * seeded references are invited or confirmed by their provider at most, which is the provider's
 * own word: none counts as verified (contract 1, docs/ARCHITECTURE.md).
 */
final class Reputation {

    static final BigDecimal PRIOR_MEAN = new BigDecimal("3.5");
    static final BigDecimal PRIOR_WEIGHT = new BigDecimal("5");
    static final long SOURCE_VERSION = 1;
    static final List<String> CRITERIA = List.of(
            "OBJECTIVES",
            "RESPONSIVENESS",
            "AFTER_HOURS",
            "PROFESSIONALISM",
            "COMMUNICATION",
            "BILLING",
            "DATA_SECURITY");

    private static final String SNAPSHOTS = """
            SELECT r.provider_id,
                   count(*) FILTER (WHERE v) AS n,
                   count(*) FILTER (WHERE v AND (r.invitation_id IS NOT NULL OR r.engagement_confirmed_at IS NOT NULL)) AS verified,
                   coalesce(sum(r.rating) FILTER (WHERE v), 0) AS rating_sum,
                   avg(r.rating) FILTER (WHERE v) AS average,
                   avg(CASE WHEN r.would_recommend THEN 1.0 ELSE 0.0 END) FILTER (WHERE v) AS recommend,
                   %s,
                   coalesce(sum(w.weight * r.rating) FILTER (WHERE v), 0) AS weighted_sum,
                   coalesce(sum(w.weight) FILTER (WHERE v), 0) AS weight_total
              FROM reference r
             CROSS JOIN LATERAL (SELECT r.status = 'PUBLISHED' AS v,
                                        power(0.5, extract(epoch FROM now() - coalesce(r.edited_at, r.created_at))
                                                   / (365.0::float8 * 86400)) AS weight) w
             GROUP BY r.provider_id""".formatted(CRITERIA.stream()
            .map(c -> "avg(r.criteria_" + c.toLowerCase(Locale.ROOT) + ") FILTER (WHERE v) AS c_" + c)
            .collect(Collectors.joining(", ")));

    private Reputation() {}

    /** review-service's ledger row per provider with references: the visible count and rating sum, version 1. */
    static long ledger(Connection review) throws SQLException {
        try (Statement statement = review.createStatement()) {
            return statement.executeUpdate("""
                    INSERT INTO provider_reputation (provider_id, reference_count, rating_sum, version, updated_at)
                    SELECT provider_id, count(*) FILTER (WHERE status = 'PUBLISHED'),
                           coalesce(sum(rating) FILTER (WHERE status = 'PUBLISHED'), 0), %d, now()
                      FROM reference GROUP BY provider_id""".formatted(SOURCE_VERSION));
        }
    }

    /** Streams the snapshots review-service would send into vendor-service's tables; returns providers written. */
    static long snapshots(Connection review, Connection vendor) throws SQLException {
        long providers = 0;
        try (Statement read = review.createStatement()) {
            read.setFetchSize(10_000);
            try (ResultSet row = read.executeQuery(SNAPSHOTS);
                    CopyRows snapshots = new CopyRows(vendor, """
                         provider_reputation (provider_id, average_rating, reference_count, verified_reference_count,
                         bayesian_rating, recommend_share, source_version, updated_at, provider_vouched_count)""")) {
                List<Rated> criteria = new ArrayList<>();
                while (row.next()) {
                    int count = row.getInt("n");
                    String provider = row.getString("provider_id");
                    snapshots
                            .raw(provider)
                            .raw(scaled(row, "average", count))
                            .raw(count)
                            .raw(0)
                            .raw(bayesian(row, count))
                            .raw(scaled(row, "recommend", count))
                            .raw(SOURCE_VERSION)
                            .raw("now")
                            .raw(row.getInt("verified"));
                    snapshots.end();
                    for (String criterion : CRITERIA) {
                        BigDecimal average = scaled(row, "c_" + criterion, count);
                        if (average != null) {
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

    static BigDecimal scaled(ResultSet row, String column, int count) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return count == 0 || value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal bayesian(ResultSet row, int count) throws SQLException {
        if (count == 0) {
            return null;
        }
        return PRIOR_MEAN
                .multiply(PRIOR_WEIGHT)
                .add(row.getBigDecimal("weighted_sum"))
                .divide(PRIOR_WEIGHT.add(row.getBigDecimal("weight_total")), 2, RoundingMode.HALF_UP);
    }
}
