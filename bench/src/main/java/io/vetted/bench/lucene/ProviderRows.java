package io.vetted.bench.lucene;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every published provider's search text and facet tokens from the vendor database: the
 * three weighted texts refresh_provider_search (V8__search_read_model.sql) feeds
 * provider_text_vector, built with the same expressions from the same tables, beside the
 * provider_search row's own facets and sort keys.
 */
final class ProviderRows {

    private static final String SQL = """
            SELECT s.provider_id::text, p.name, p.city,
                   concat_ws(' ', p.city, terms.specialties, terms.sectors, claims.words) AS b_text,
                   concat_ws(' ', p.description, offers.words, dd.sector_experience) AS c_text,
                   s.facets, round(s.rating_sort * 100)::bigint AS rating, s.response_sort
              FROM provider_search s
              JOIN provider p ON p.id = s.provider_id
              JOIN provider_due_diligence dd ON dd.provider_id = p.id
             CROSS JOIN LATERAL (
                 SELECT (SELECT string_agg(x.terms, ' ') FROM specialty x WHERE x.code = ANY (p.specialties)) AS specialties,
                        (SELECT string_agg(x.terms, ' ') FROM sector x WHERE x.code = ANY (dd.sectors)) AS sectors) AS terms
             CROSS JOIN LATERAL (
                 SELECT string_agg(replace(c.topic, '_', ' '), ' ') AS words
                   FROM compliance_claim c WHERE c.provider_id = p.id) AS claims
             CROSS JOIN LATERAL (
                 SELECT string_agg(concat_ws(' ', o.title, o.included), ' ') AS words
                   FROM offer o WHERE o.provider_id = p.id AND o.withdrawn_at IS NULL) AS offers
            """;

    /**
     * One provider as the index takes it.
     *
     * @param name weight A in PostgreSQL (the name)
     * @param about weight B (city, specialty and sector words, compliance topics)
     * @param details weight C (description, offers, sector experience)
     * @param rating rating_sort in hundredths (numeric(3, 2) kept exact)
     */
    record Provider(
            String id,
            String name,
            String city,
            String about,
            String details,
            List<String> facets,
            long rating,
            int responseSort) {}

    private ProviderRows() {}

    /** Streams the rows (a cursor of 1,000 at a time, so 100,000 providers need not fit in memory). */
    static long read(Connection connection, Consumer<Provider> sink) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PgJDBC only streams with a fetch size inside a transaction
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(new Provider(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            strings(rows.getArray(6)),
                            rows.getLong(7),
                            rows.getInt(8)));
                    count++;
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return count;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
