package io.vetted.vendor.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Singleton
class ProviderSearch {

    private static final String MATCHES =
            "to_tsvector('simple', immutable_unaccent(p.search_text)) @@ to_tsquery('simple', ?)";

    private final JdbcOperations jdbc;

    ProviderSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    SearchResponse search(String typed, int page, int size) {
        String tsQuery = TextQuery.toTsQuery(typed);
        boolean filtered = !tsQuery.isEmpty();
        String where = filtered ? " WHERE " + MATCHES : "";
        String order = filtered
                ? " ORDER BY ts_rank(to_tsvector('simple', immutable_unaccent(p.search_text)), to_tsquery('simple', ?)) DESC, p.name, p.id"
                : " ORDER BY p.name, p.id";
        String sql = """
                SELECT p.id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
                       r.average_rating, coalesce(r.reference_count, 0) AS reference_count
                  FROM provider p LEFT JOIN provider_reputation r ON r.provider_id = p.id""" + where + order
                + " LIMIT ? OFFSET ?";
        List<SearchResponse.Item> items = jdbc.prepareStatement(sql, statement -> {
            int i = 1;
            if (filtered) {
                statement.setString(i++, tsQuery);
                statement.setString(i++, tsQuery);
            }
            statement.setInt(i++, size);
            statement.setLong(i, (long) page * size);
            List<SearchResponse.Item> rows = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) {
                    rows.add(item(resultSet));
                }
            }
            return rows;
        });
        long total = jdbc.prepareStatement("SELECT count(*) FROM provider p" + where, statement -> {
            if (filtered) {
                statement.setString(1, tsQuery);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                resultSet.next();
                return resultSet.getLong(1);
            }
        });
        return new SearchResponse(items, total, page, size);
    }

    private static SearchResponse.Item item(ResultSet row) throws SQLException {
        List<String> modes = new ArrayList<>(2);
        if (row.getBoolean("delivers_remote")) {
            modes.add("REMOTE");
        }
        if (row.getBoolean("delivers_on_site")) {
            modes.add("ON_SITE");
        }
        Array specialties = row.getArray("specialties");
        return new SearchResponse.Item(row.getObject("id", UUID.class), row.getString("name"), row.getString("kind"),
                row.getString("city"), modes, Arrays.asList((String[]) specialties.getArray()),
                row.getBigDecimal("average_rating"), row.getInt("reference_count"));
    }
}
