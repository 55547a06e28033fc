package io.vetted.review.reputation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.reference.Criterion;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Computes a provider's reputation from its counted (published) references, in one aggregate
 * query: references under review wait outside it. "Verified" counts only Vetted's independent
 * levels. The Bayesian score pulls the recency-weighted mean towards {@link #PRIOR_MEAN} with the
 * weight of {@link #PRIOR_WEIGHT} references; a reference's weight halves every
 * {@link #HALF_LIFE_DAYS} days since its engagement ended, or since its first publication while the
 * engagement goes on — never since an edit (docs/reputation.md).
 */
@Singleton
class ReputationCalculator {

    static final BigDecimal PRIOR_MEAN = new BigDecimal("3.5");
    static final BigDecimal PRIOR_WEIGHT = new BigDecimal("5");
    static final double HALF_LIFE_DAYS = 365;

    private static final String SQL = """
            SELECT count(*) AS n,
                   count(*) FILTER (WHERE r.verification_check = 'VERIFIED'
                                       OR r.verification_evidence_checked_at IS NOT NULL) AS verified,
                   count(*) FILTER (WHERE r.invitation_id IS NOT NULL OR r.engagement_confirmed_at IS NOT NULL) AS vouched,
                   count(*) FILTER (WHERE r.invitation_id IS NOT NULL) AS invited,
                   count(*) FILTER (WHERE r.engagement_confirmed_at IS NOT NULL) AS confirmed,
                   count(*) FILTER (WHERE r.verification_check = 'VERIFIED') AS client_verified,
                   count(*) FILTER (WHERE r.verification_evidence_checked_at IS NOT NULL) AS evidence_checked,
                   (SELECT count(*) FROM reference q WHERE q.provider_id = ? AND q.status = 'UNDER_REVIEW') AS under_review,
                   count(*) FILTER (WHERE EXISTS (SELECT 1 FROM reference_dispute d
                                                   WHERE d.reference_id = r.id AND d.outcome IS NULL)) AS disputed,
                   count(*) FILTER (WHERE r.engagement_end IS NULL) AS current_clients,
                   coalesce(sum(r.rating), 0) AS rating_sum,
                   avg(r.rating) AS average,
                   avg(CASE WHEN r.would_recommend THEN 1.0 ELSE 0.0 END) AS recommend,
                   avg(CASE WHEN r.facts_price_increase THEN 1.0 ELSE 0.0 END) AS price_increase,
                   %s,
                   %s,
                   coalesce(sum(w.weight * r.rating), 0) AS weighted_sum,
                   coalesce(sum(w.weight), 0) AS weight_total
              FROM reference r
             CROSS JOIN LATERAL (SELECT power(0.5, greatest(0, extract(epoch FROM now()
                                     - coalesce(r.engagement_end::timestamp AT TIME ZONE 'UTC', r.created_at)))
                                                   / (? * 86400)) AS weight) w
             WHERE r.provider_id = ? AND r.status = 'PUBLISHED'""".formatted(
                    Arrays.stream(Criterion.values())
                            .map(c -> "avg(r." + c.column() + ") AS c_" + c.name())
                            .collect(Collectors.joining(", ")),
                    "count(*) FILTER (WHERE r.rating = 1) AS r1, count(*) FILTER (WHERE r.rating = 2) AS r2, "
                            + "count(*) FILTER (WHERE r.rating = 3) AS r3, count(*) FILTER (WHERE r.rating = 4) AS r4, "
                            + "count(*) FILTER (WHERE r.rating = 5) AS r5");

    private final JdbcOperations jdbc;

    ReputationCalculator(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Also returns the plain rating sum, which the ledger keeps beside the version. */
    Computed compute(UUID providerId, long version) {
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setObject(1, providerId);
            statement.setDouble(2, HALF_LIFE_DAYS);
            statement.setObject(3, providerId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Computed(view(row, version), row.getInt("rating_sum"));
            }
        });
    }

    private static ReputationView view(ResultSet row, long version) throws SQLException {
        int count = row.getInt("n");
        Map<String, Integer> labels = new LinkedHashMap<>();
        labels.put("INVITED_BY_PROVIDER", row.getInt("invited"));
        labels.put("ENGAGEMENT_CONFIRMED", row.getInt("confirmed"));
        labels.put("CLIENT_VERIFIED", row.getInt("client_verified"));
        labels.put("EVIDENCE_CHECKED", row.getInt("evidence_checked"));
        labels.put("NOT_VERIFIED", count - row.getInt("verified"));
        labels.put("UNDER_DISPUTE", row.getInt("disputed"));
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            BigDecimal average = row.getBigDecimal("c_" + criterion.name());
            if (average != null) {
                criteria.put(criterion.name(), average.setScale(2, RoundingMode.HALF_UP));
            }
        }
        List<Integer> distribution = new ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.add(row.getInt("r" + stars));
        }
        BigDecimal bayesian = null;
        if (count > 0) {
            BigDecimal weighted = row.getBigDecimal("weighted_sum");
            BigDecimal weights = row.getBigDecimal("weight_total");
            bayesian = PRIOR_MEAN
                    .multiply(PRIOR_WEIGHT)
                    .add(weighted)
                    .divide(PRIOR_WEIGHT.add(weights), 2, RoundingMode.HALF_UP);
        }
        return new ReputationView(
                version,
                count,
                row.getInt("verified"),
                row.getInt("vouched"),
                row.getInt("under_review"),
                labels,
                scaled(row, "average", count),
                bayesian,
                scaled(row, "recommend", count),
                scaled(row, "price_increase", count),
                row.getInt("current_clients"),
                criteria,
                distribution);
    }

    private static BigDecimal scaled(ResultSet row, String column, int count) throws SQLException {
        BigDecimal value = row.getBigDecimal(column);
        return count == 0 || value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    record Computed(ReputationView view, int ratingSum) {}
}
