package io.vetted.identity.notification;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Accounts written straight into the database, for tests that need many or need no mail to reach them. */
@Singleton
class StoredAccounts {

    private final DataSource dataSource;

    StoredAccounts(DataSource transactionAware) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    List<UUID> insert(int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        INSERT INTO account (id, email, password_hash, role, display_name, created_at, updated_at)
                        SELECT gen_random_uuid(), 'watcher-' || n || '-' || ? || '@example.fr', 'x', 'SME', 'Veilleur',
                               now(), now()
                        FROM generate_series(1, ?) AS n RETURNING id""")) {
            statement.setString(1, UUID.randomUUID().toString().substring(0, 8));
            statement.setInt(2, count);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
