package io.vetted.bench.lucene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * Runs vendor-service/bench/generate-providers.sql over JDBC: its psql lines (\set, \if) are left
 * out and :count is given, the rest is plain SQL, one statement per ';' at a line's end.
 */
final class GeneratedProviders {

    private GeneratedProviders() {}

    static void insert(Connection db, Path script, int count) throws Exception {
        String sql = Files.readAllLines(script).stream()
                .filter(line -> !line.startsWith("\\"))
                .map(line -> line.replace(":count", String.valueOf(count)))
                .collect(Collectors.joining("\n"));
        try (Statement statement = db.createStatement()) {
            for (String one : sql.split(";\\s*\n")) {
                if (!one.isBlank() && !one.strip().startsWith("VACUUM")) {
                    execute(statement, one);
                }
            }
        }
    }

    private static void execute(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("generate-providers.sql failed at: " + sql, e);
        }
    }
}
