package io.vetted.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaleTestDatabasesTest {

    @Test
    void aTestDatabasesNameTellsWhenItWasCreated() {
        String name = StaleTestDatabases.name("providersearchtest", "a1b2c3");

        assertThat(name).startsWith("vt_providersearchtest_").hasSizeLessThan(64);
        assertThat(StaleTestDatabases.createdAt(name))
                .hasValueSatisfying(at -> assertThat(at).isBetween(Instant.now().minusSeconds(5), Instant.now()));
    }

    @Test
    void onlyDatabasesOlderThanAnyRunAreStale() {
        Instant now = Instant.now();
        String fresh = "vt_x_" + base36(now.minus(Duration.ofMinutes(40))) + "_abcdef";
        String left = "vt_x_" + base36(now.minus(Duration.ofHours(4))) + "_abcdef";

        assertThat(StaleTestDatabases.stale(fresh, now)).isFalse();
        assertThat(StaleTestDatabases.stale(left, now)).isTrue();
        assertThat(StaleTestDatabases.stale("vt_x_1234abcd", now)).isFalse();
        assertThat(StaleTestDatabases.stale("vetted_identity", now)).isFalse();
    }

    @Test
    void theSweepDropsDatabasesLeftByAnEarlierRunAndKeepsRecentOnes() throws Exception {
        PostgresServer server = PostgresServer.get();
        Instant now = Instant.now();
        String left = "vt_staletest_" + base36(now.minus(Duration.ofHours(5))) + "_0a0b0c";
        String recent = "vt_staletest_" + base36(now.minus(Duration.ofMinutes(5))) + "_0d0e0f";
        TestDatabases.execute(server, "CREATE DATABASE \"" + left + "\"");
        TestDatabases.execute(server, "CREATE DATABASE \"" + recent + "\"");
        try {
            StaleTestDatabases.drop(server);

            assertThat(exists(server, left)).isFalse();
            assertThat(exists(server, recent)).isTrue();
        } finally {
            TestDatabases.execute(server, "DROP DATABASE IF EXISTS \"" + left + "\"");
            TestDatabases.execute(server, "DROP DATABASE IF EXISTS \"" + recent + "\"");
        }
    }

    private static boolean exists(PostgresServer server, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        server.url(server.maintenanceDatabase()), server.user(), server.password());
                var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String base36(Instant at) {
        return Long.toString(at.getEpochSecond(), 36);
    }
}
