package io.vetted.bench.lucene;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lucene's answers against PostgreSQL's for the same parameter rows, with the statements of
 * bench/sql: the same totals are expected for filters (exact tokens and a range), close ones for
 * text (two implementations of tokenising, unaccenting and stemming), and the same facet counts.
 */
final class Agreement {

    private static final String TEXT_COUNT = "SELECT count(*) FROM provider_search s"
            + " WHERE s.document @@ provider_text_query(?) AND s.facets @> ?::text[]";
    private static final String FILTER_COUNT =
            "SELECT count(*) FROM provider_search s WHERE s.facets @> ?::text[] AND s.response_sort <= ?";
    private static final String FILTER_FACETS = "SELECT f, count(*) FROM provider_search s"
            + " CROSS JOIN LATERAL unnest(s.facets) AS f WHERE s.facets @> ?::text[] AND s.response_sort <= ? GROUP BY f";

    /**
     * How far the two engines agree over a set of parameter rows.
     *
     * @param equalFacets rows whose facet counts are the same, token for token
     * @param sqlTotal the totals PostgreSQL found, added up
     * @param absoluteDifference |Lucene - PostgreSQL| added up over the rows
     */
    record Summary(int rows, int equalTotals, int equalFacets, long sqlTotal, long absoluteDifference) {

        double differencePercent() {
            return sqlTotal == 0 ? 0 : 100.0 * absoluteDifference / sqlTotal;
        }
    }

    private Agreement() {}

    static long sqlTextCount(Connection db, SearchParameters.Text row) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(TEXT_COUNT)) {
            statement.setString(1, row.q());
            statement.setArray(2, db.createArrayOf("text", row.tokens().toArray()));
            return single(statement);
        }
    }

    static long sqlFilterCount(Connection db, SearchParameters.Filters row) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(FILTER_COUNT)) {
            statement.setArray(1, db.createArrayOf("text", row.tokens().toArray()));
            statement.setInt(2, row.maxResponse());
            return single(statement);
        }
    }

    static Map<String, Long> sqlFilterFacets(Connection db, SearchParameters.Filters row) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement statement = db.prepareStatement(FILTER_FACETS)) {
            statement.setArray(1, db.createArrayOf("text", row.tokens().toArray()));
            statement.setInt(2, row.maxResponse());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    static Summary text(Connection db, ProviderSearcher lucene, List<SearchParameters.Text> rows)
            throws SQLException, IOException {
        int equal = 0;
        long sql = 0;
        long difference = 0;
        for (SearchParameters.Text row : rows) {
            long expected = sqlTextCount(db, row);
            long found = lucene.text(row.q(), row.tokens(), 20).total();
            equal += expected == found ? 1 : 0;
            sql += expected;
            difference += Math.abs(found - expected);
        }
        return new Summary(rows.size(), equal, 0, sql, difference);
    }

    static Summary filters(Connection db, ProviderSearcher lucene, List<SearchParameters.Filters> rows)
            throws SQLException, IOException {
        int equal = 0;
        int equalFacets = 0;
        long sql = 0;
        long difference = 0;
        for (SearchParameters.Filters row : rows) {
            long expected = sqlFilterCount(db, row);
            ProviderSearcher.Page page = lucene.filters(row.tokens(), row.maxResponse(), 21);
            equal += expected == page.total() ? 1 : 0;
            equalFacets += sqlFilterFacets(db, row).equals(page.facets()) ? 1 : 0;
            sql += expected;
            difference += Math.abs(page.total() - expected);
        }
        return new Summary(rows.size(), equal, equalFacets, sql, difference);
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
