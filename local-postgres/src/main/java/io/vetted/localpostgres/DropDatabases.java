package io.vetted.localpostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Drops databases through JDBC, ending their sessions first, so no PostgreSQL client is needed. */
final class DropDatabases {

    private DropDatabases() {}

    static void drop(String url, String user, String password, List<String> databases) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("DROP DATABASE IF EXISTS \"" + database.replace("\"", "\"\"") + "\" WITH (FORCE)");
                System.out.println("Dropped database " + database + " (if it existed)");
            }
        }
    }
}
