package io.vetted.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test databases named {@code vt_<class>_<creation second, base 36>_<random>}, and the sweep of those
 * left by killed test JVMs: older than {@link #STALE}, longer than any test run, so never one in use.
 */
final class StaleTestDatabases {

    static final Duration STALE = Duration.ofHours(3);
    private static final Pattern NAME = Pattern.compile("vt_[a-z0-9]*_([0-9a-z]{6,8})_[0-9a-f]{6}");

    private StaleTestDatabases() {}

    static String name(String slug, String random) {
        return "vt_" + slug.substring(0, Math.min(slug.length(), 40)) + "_"
                + Long.toString(Instant.now().getEpochSecond(), 36) + "_" + random;
    }

    static Optional<Instant> createdAt(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches()
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(matcher.group(1), 36)))
                : Optional.empty();
    }

    static boolean stale(String name, Instant now) {
        return createdAt(name).map(at -> at.isBefore(now.minus(STALE))).orElse(false);
    }

    static void drop(PostgresServer server) {
        Instant now = Instant.now();
        for (String name : testDatabases(server)) {
            if (stale(name, now)) {
                try {
                    TestDatabases.execute(server, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                } catch (IllegalStateException ignored) {
                    // another test JVM dropped it first
                }
            }
        }
    }

    private static List<String> testDatabases(PostgresServer server) {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        server.url(server.maintenanceDatabase()), server.user(), server.password());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'vt\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the test databases: " + e.getMessage(), e);
        }
        return names;
    }
}
