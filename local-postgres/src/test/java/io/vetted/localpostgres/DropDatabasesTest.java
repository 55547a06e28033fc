package io.vetted.localpostgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.PostgresServer;
import io.vetted.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropDatabasesTest {

    @Test
    void dropsTheNamedDatabasesEvenWithSessionsOpenAndSkipsMissingOnes() throws Exception {
        TestDatabases.TestDatabase dropped = TestDatabases.create("dropped");
        TestDatabases.TestDatabase kept = TestDatabases.create("kept");
        PostgresServer server = PostgresServer.get();

        try (Connection open = dropped.connect()) {
            DropDatabases.drop(
                    server.url(server.maintenanceDatabase()),
                    server.user(),
                    server.password(),
                    List.of(dropped.name(), "vt_never_created"));
            assertThat(open.isValid(2))
                    .as("the session on the dropped database was ended")
                    .isFalse();
        }

        assertThat(exists(server, dropped.name())).isFalse();
        assertThat(exists(server, kept.name())).isTrue();
    }

    private static boolean exists(PostgresServer server, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        server.url(server.maintenanceDatabase()), server.user(), server.password());
                var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
