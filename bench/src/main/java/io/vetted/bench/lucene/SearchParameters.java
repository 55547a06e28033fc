package io.vetted.bench.lucene;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter rows pgbench draws from (schema bench of the vendor database, written by
 * bench/sql/params.sql), read as they are: Lucene runs the same searches with the same values.
 */
final class SearchParameters {

    record Text(String q, List<String> tokens) {}

    record Filters(List<String> tokens, int maxResponse) {}

    record Deep(String providerId) {}

    private SearchParameters() {}

    static List<Text> text(Connection connection) throws SQLException {
        List<Text> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT q, tokens::text[] FROM bench.search_text ORDER BY n")) {
            while (rs.next()) {
                rows.add(new Text(rs.getString(1), ProviderRows.strings(rs.getArray(2))));
            }
        }
        return rows;
    }

    static List<Filters> filters(Connection connection) throws SQLException {
        List<Filters> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT tokens::text[], max_response FROM bench.search_filters ORDER BY n")) {
            while (rs.next()) {
                rows.add(new Filters(ProviderRows.strings(rs.getArray(1)), rs.getInt(2)));
            }
        }
        return rows;
    }

    static List<Deep> deep(Connection connection) throws SQLException {
        List<Deep> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT provider_id::text FROM bench.search_deep ORDER BY n")) {
            while (rs.next()) {
                rows.add(new Deep(rs.getString(1)));
            }
        }
        return rows;
    }
}
