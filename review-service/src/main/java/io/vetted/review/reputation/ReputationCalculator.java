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
 * A provider's reputation from its visible references, as the database view
 * {@code provider_reputation_figures} (migration V22) defines it: the one definition of the formula
 * (docs/reputation.md), which the bulk seeder reads too. A provider without references has none.
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
                labels(
                        row.getInt("invited_count"),
                        row.getInt("confirmed_count"),
                        count - verified,
                        row.getInt("disputed_count")),
                row.getBigDecimal("average_rating"),
                row.getBigDecimal("bayesian_rating"),
                row.getBigDecimal("recommend_share"),
                row.getBigDecimal("price_increase_share"),
                row.getInt("current_client_count"),
                criteria,
                distribution);
    }

    private static ReputationView none(long version) {
        return new ReputationView(
                version, 0, 0, labels(0, 0, 0, 0), null, null, null, null, 0, Map.of(), List.of(0, 0, 0, 0, 0));
    }

    private static Map<String, Integer> labels(int invited, int confirmed, int unverified, int disputed) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        labels.put("INVITED_BY_PROVIDER", invited);
        labels.put("ENGAGEMENT_CONFIRMED", confirmed);
        labels.put("NOT_VERIFIED", unverified);
        labels.put("UNDER_DISPUTE", disputed);
        return labels;
    }

    record Computed(ReputationView view, int ratingSum) {}
}
