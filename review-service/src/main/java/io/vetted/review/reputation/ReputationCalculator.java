package io.vetted.review.reputation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.reference.Criterion;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A provider's reputation from its counted (published) references, as the database view
 * {@code provider_reputation_figures} (migrations V22, V43) defines it: the one definition of the
 * formula (docs/reputation.md), which the bulk seeder reads too. References under review wait
 * outside it; "verified" counts only Vetted's independent levels. A provider without references
 * has none.
 */
@Singleton
class ReputationCalculator {

    private static final String[] STARS = {"one", "two", "three", "four", "five"};

    private final JdbcOperations jdbc;

    ReputationCalculator(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Also returns the plain rating sum, which the ledger keeps beside the version. */
    Computed compute(UUID providerId, long version) {
        return jdbc.prepareStatement("SELECT * FROM provider_reputation_figures WHERE provider_id = ?", statement -> {
            statement.setObject(1, providerId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? new Computed(view(row, version), row.getInt("rating_sum"))
                        : new Computed(none(version), 0);
            }
        });
    }

    private static ReputationView view(ResultSet row, long version) throws SQLException {
        int count = row.getInt("reference_count");
        int verified = row.getInt("verified_reference_count");
        Map<String, Integer> labels = new LinkedHashMap<>();
        labels.put("INVITED_BY_PROVIDER", row.getInt("invited_count"));
        labels.put("ENGAGEMENT_CONFIRMED", row.getInt("confirmed_count"));
        labels.put("CLIENT_VERIFIED", row.getInt("client_verified_count"));
        labels.put("EVIDENCE_CHECKED", row.getInt("evidence_checked_count"));
        labels.put("NOT_VERIFIED", count - verified);
        labels.put("UNDER_DISPUTE", row.getInt("disputed_count"));
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            BigDecimal average = row.getBigDecimal(criterion.column());
            if (average != null) {
                criteria.put(criterion.name(), average);
            }
        }
        List<Integer> distribution = new ArrayList<>();
        for (String stars : STARS) {
            distribution.add(row.getInt(stars + "_star_count"));
        }
        return new ReputationView(
                version,
                count,
                verified,
                row.getInt("provider_vouched_count"),
                row.getInt("under_review_count"),
                labels,
                row.getBigDecimal("average_rating"),
                row.getBigDecimal("bayesian_rating"),
                row.getBigDecimal("recommend_share"),
                row.getBigDecimal("price_increase_share"),
                row.getInt("current_client_count"),
                criteria,
                distribution);
    }

    private static ReputationView none(long version) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (String label : List.of(
                "INVITED_BY_PROVIDER",
                "ENGAGEMENT_CONFIRMED",
                "CLIENT_VERIFIED",
                "EVIDENCE_CHECKED",
                "NOT_VERIFIED",
                "UNDER_DISPUTE")) {
            labels.put(label, 0);
        }
        return new ReputationView(
                version, 0, 0, 0, 0, labels, null, null, null, null, 0, Map.of(), List.of(0, 0, 0, 0, 0));
    }

    record Computed(ReputationView view, int ratingSum) {}
}
