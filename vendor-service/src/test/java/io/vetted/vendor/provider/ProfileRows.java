package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** A profile's rows changed with plain SQL, past every service code path, as another writer would. */
final class ProfileRows {

    private ProfileRows() {}

    /** Runs {@code sql} with the provider's id as its one parameter; it must change at least one row. */
    static void update(DataSource dataSource, String sql, UUID providerId) {
        try (Connection connection = connection(dataSource);
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, providerId);
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of the pool's own, outside any transaction the test's beans manage. */
    static Connection connection(DataSource dataSource) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }
}
