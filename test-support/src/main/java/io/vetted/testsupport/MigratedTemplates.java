package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * One database per service and set of migration scripts, migrated by Flyway once and then copied by
 * {@code CREATE DATABASE ... TEMPLATE} for each test class: every class still gets a database of its
 * own, without running every migration again at each start (about 40 test classes and 200 service
 * starts per build). The name carries a digest of the scripts, so an edited or added script makes a
 * new template; the service's own Flyway then finds the schema current and only validates it.
 */
final class MigratedTemplates {

    static final String PREFIX = "vttpl_";

    private MigratedTemplates() {}

    /** The template for the scripts in {@code scripts} (a db/migration folder), built if missing. */
    static String of(PostgresServer server, String service, Path scripts) {
        String slug = service.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        String name = PREFIX + slug + "_" + digest(scripts);
        try (Connection connection = DriverManager.getConnection(
                        server.url(server.maintenanceDatabase()), server.user(), server.password());
                var statement = connection.createStatement()) {
            // the test JVMs of one build race for the same template: one builds it, the others wait
            statement.execute("SELECT pg_advisory_lock(hashtext('" + name + "'))");
            try {
                var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
                if (!exists.next()) {
                    build(server, statement, name, slug, scripts);
                }
            } finally {
                statement.execute("SELECT pg_advisory_unlock(hashtext('" + name + "'))");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the template " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    private static void build(PostgresServer server, Statement statement, String name, String slug, Path scripts)
            throws SQLException {
        String building = name + "_building";
        statement.execute("DROP DATABASE IF EXISTS \"" + building + "\" WITH (FORCE)");
        statement.execute("CREATE DATABASE \"" + building + "\"");
        Flyway.configure()
                .dataSource(server.url(building), server.user(), server.password())
                .locations("filesystem:" + scripts.toAbsolutePath())
                .load()
                .migrate();
        // published under its name only once complete, so a build killed half-way is never copied
        statement.execute("ALTER DATABASE \"" + building + "\" RENAME TO \"" + name + "\"");
        // the templates of older scripts for this service are no use to any later build
        var older = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + slug
                + "\\_%' AND datname NOT LIKE '" + name + "%'");
        List<String> names = new ArrayList<>();
        while (older.next()) {
            names.add(older.getString(1));
        }
        for (String old : names) {
            statement.execute("DROP DATABASE IF EXISTS \"" + old + "\" WITH (FORCE)");
        }
    }

    static String digest(Path scripts) {
        try (Stream<Path> files = Files.list(scripts)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.sorted().toList()) {
                sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations in " + scripts, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
