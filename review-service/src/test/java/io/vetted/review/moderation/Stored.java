package io.vetted.review.moderation;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** A reference as stored, with its membership flag, read straight from review-service's database. */
record Stored(String status, String hiddenReason, boolean flagOpen, String flagDetail, int decisions) {

    static Stored of(DataSource dataSource, UUID reference) throws SQLException {
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT r.status, r.hidden_reason, f.resolved_at IS NULL, f.detail,
                               (SELECT count(*) FROM moderation_decision d WHERE d.reference_id = r.id)
                          FROM reference r JOIN reference_flag f ON f.reference_id = r.id
                         WHERE r.id = ? AND f.kind = 'MEMBERSHIP_UNCHECKED'""")) {
            statement.setObject(1, reference);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Stored(
                        row.getString(1), row.getString(2), row.getBoolean(3), row.getString(4), row.getInt(5));
            }
        }
    }
}
