package io.vetted.e2e.drill.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vetted.testsupport.PostgresServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The drill's proxy passes PostgreSQL's protocol through, slows it, cuts it, and heals. */
class FaultyProxyTest {

    private final URI server = URI.create(PostgresServer.get().baseUrl().substring("jdbc:".length()));

    @Test
    void passesQueriesThroughAndSlowsThemWhenAsked() throws SQLException {
        try (FaultyProxy proxy = new FaultyProxy(server.getHost(), server.getPort());
                Connection connection = connect(proxy)) {
            assertThat(one(connection)).isEqualTo(1);
            proxy.slow(300);
            Instant start = Instant.now();
            assertThat(one(connection)).isEqualTo(1);
            assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        }
    }

    @Test
    void cutsConnectionsWhileLossyAndAcceptsThemAgainOnceHealed() throws SQLException {
        try (FaultyProxy proxy = new FaultyProxy(server.getHost(), server.getPort())) {
            Connection before = connect(proxy);
            proxy.lossy(1.0);
            assertThatThrownBy(() -> one(before)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(proxy)).isInstanceOf(SQLException.class);
            proxy.heal();
            try (Connection after = connect(proxy)) {
                assertThat(one(after)).isEqualTo(1);
            }
        }
    }

    private Connection connect(FaultyProxy proxy) throws SQLException {
        PostgresServer pg = PostgresServer.get();
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + pg.maintenanceDatabase() + "?connectTimeout=5",
                pg.user(),
                pg.password());
    }

    private static int one(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT 1")) {
            row.next();
            return row.getInt(1);
        }
    }
}
