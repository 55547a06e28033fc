package io.vetted.seed.bulk;

import io.vetted.seed.bulk.ReviewServiceReputation.Figures;
import io.vetted.testsupport.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reputation figures as vendor-service stores them, and as its search rows repeat them. */
final class ReputationFigures {

    static final String SEARCH = """
            SELECT concat_ws(' ', provider_id, coalesce(average_rating::text, '-'), coalesce(bayesian_rating::text, '-'),
                             reference_count, verified_reference_count)
              FROM provider_search ORDER BY provider_id""";

    static final String SNAPSHOT_IN_SEARCH = """
            SELECT concat_ws(' ', p.id, coalesce(r.average_rating::text, '-'), coalesce(r.bayesian_rating::text, '-'),
                             coalesce(r.reference_count, 0), coalesce(r.verified_reference_count, 0))
              FROM provider p LEFT JOIN provider_reputation r ON r.provider_id = p.id ORDER BY p.id""";

    private ReputationFigures() {}

    /** Every snapshot vendor-service holds, with its criteria. */
    static List<Figures> inVendor(TestDatabase vendor) throws SQLException {
        try (Connection connection = DriverManager.getConnection(vendor.url(), vendor.user(), vendor.password());
                Statement statement = connection.createStatement()) {
            Map<String, Map<String, BigDecimal>> criteria = new HashMap<>();
            try (ResultSet row = statement.executeQuery(
                    "SELECT provider_id, criterion, rating FROM provider_reputation_criterion")) {
                while (row.next()) {
                    criteria.computeIfAbsent(row.getString(1), p -> new TreeMap<>())
                            .put(row.getString(2), row.getBigDecimal(3));
                }
            }
            List<Figures> figures = new ArrayList<>();
            try (ResultSet row = statement.executeQuery("""
                    SELECT provider_id, reference_count, verified_reference_count, average_rating, recommend_share,
                           bayesian_rating
                      FROM provider_reputation ORDER BY provider_id""")) {
                while (row.next()) {
                    figures.add(new Figures(
                            row.getString(1),
                            row.getInt(2),
                            row.getInt(3),
                            row.getBigDecimal(4),
                            row.getBigDecimal(5),
                            criteria.getOrDefault(row.getString(1), new TreeMap<>()),
                            row.getBigDecimal(6)));
                }
            }
            return figures;
        }
    }
}
