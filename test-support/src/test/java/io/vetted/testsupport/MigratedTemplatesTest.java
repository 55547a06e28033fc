package io.vetted.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratedTemplatesTest {

    @TempDir
    Path scripts;

    @Test
    void eachDatabaseIsAMigratedCopyOfItsOwn() throws Exception {
        Files.writeString(
                scripts.resolve("V1__notes.sql"), "CREATE TABLE note (id int PRIMARY KEY, text text NOT NULL);");
        var first = TestDatabases.migrated("templatetest", "templatetest", scripts);
        var second = TestDatabases.migrated("templatetest", "templatetest", scripts);

        try (Connection a = first.connect();
                Connection b = second.connect()) {
            a.createStatement().execute("INSERT INTO note VALUES (1, 'only in the first')");

            assertThat(count(a, "SELECT count(*) FROM note")).isEqualTo(1);
            assertThat(count(b, "SELECT count(*) FROM note")).isZero();
            assertThat(count(b, "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success"))
                    .isEqualTo(1);
        }
        assertThat(first.name()).isNotEqualTo(second.name());
    }

    @Test
    void aChangedScriptMakesANewTemplateAndDropsTheOldOne() throws IOException {
        Files.writeString(scripts.resolve("V1__notes.sql"), "CREATE TABLE note (id int PRIMARY KEY);");
        String before = MigratedTemplates.of(PostgresServer.get(), "templatechange", scripts);
        Files.writeString(scripts.resolve("V2__tags.sql"), "CREATE TABLE tag (id int PRIMARY KEY);");
        String after = MigratedTemplates.of(PostgresServer.get(), "templatechange", scripts);

        assertThat(after).isNotEqualTo(before).startsWith(MigratedTemplates.PREFIX + "templatechange_");
        assertThat(MigratedTemplates.of(PostgresServer.get(), "templatechange", scripts))
                .isEqualTo(after);
        assertThat(templates("templatechange")).containsExactly(after);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        var rows = connection.createStatement().executeQuery(sql);
        rows.next();
        return rows.getLong(1);
    }

    private static List<String> templates(String service) {
        PostgresServer server = PostgresServer.get();
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        server.url(server.maintenanceDatabase()), server.user(), server.password());
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + MigratedTemplates.PREFIX
                                + service + "\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
