package io.vetted.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh databases on the test server, empty or already migrated: one per test class (or per service
 * in a platform test), dropped when the JVM exits. A JVM killed before its shutdown hook ran (surefire gives a
 * fork 30 s to exit) leaves its databases behind; their names carry their creation time, so the
 * next test JVM drops those older than any run ({@link StaleTestDatabases}).
 */
public final class TestDatabases {

    private static final List<String> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "test-databases-drop"));
    }

    private TestDatabases() {}

    /** Creates an empty database named after {@code owner} and returns how to reach it. */
    public static TestDatabase create(String owner) {
        return create(owner, null);
    }

    /**
     * Creates a database named after {@code owner} holding {@code service}'s schema as the Flyway
     * scripts in {@code scripts} make it (a copy of their {@link MigratedTemplates template}); an
     * empty one when there is no such folder.
     */
    public static TestDatabase migrated(String owner, String service, Path scripts) {
        if (!Files.isDirectory(scripts)) {
            return create(owner);
        }
        return create(owner, MigratedTemplates.of(PostgresServer.get(), service, scripts));
    }

    private static synchronized TestDatabase create(String owner, String template) {
        PostgresServer server = PostgresServer.get();
        String slug = owner.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (CREATED.isEmpty()) {
            StaleTestDatabases.drop(server);
        }
        String name = StaleTestDatabases.name(slug, UUID.randomUUID().toString().substring(0, 6));
        execute(
                server,
                "CREATE DATABASE \"" + name + "\"" + (template == null ? "" : " TEMPLATE \"" + template + "\""));
        // a test database is thrown away after its class: commits need not wait for the disk
        execute(server, "ALTER DATABASE \"" + name + "\" SET synchronous_commit = off");
        CREATED.add(name);
        return new TestDatabase(server.url(name), server.user(), server.password(), name);
    }

    public static TestDatabase create(Class<?> owner) {
        return create(owner.getSimpleName());
    }

    private static synchronized void dropAll() {
        PostgresServer server = PostgresServer.get();
        for (String name : CREATED) {
            try {
                execute(server, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            } catch (IllegalStateException ignored) {
                // the server may already be gone (container stopped first); nothing to clean then
            }
        }
    }

    static void execute(PostgresServer server, String sql) {
        try (Connection connection = DriverManager.getConnection(
                        server.url(server.maintenanceDatabase()), server.user(), server.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot run '" + sql + "' on " + server.baseUrl() + ": " + e.getMessage(), e);
        }
    }

    public record TestDatabase(String url, String user, String password, String name) {

        /** The Micronaut properties that point the default datasource here. */
        public Map<String, String> datasourceProperties() {
            return Map.of(
                    "datasources.default.url", url,
                    "datasources.default.username", user,
                    "datasources.default.password", password);
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
