package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Connections to the three services' databases, tuned for loading: no synchronous commit. */
record Databases(String identityUrl, String vendorUrl, String reviewUrl, String user, String password) {

    Connection identity(boolean autoCommit) throws SQLException {
        return connect(identityUrl, autoCommit);
    }

    Connection vendor(boolean autoCommit) throws SQLException {
        return connect(vendorUrl, autoCommit);
    }

    Connection review(boolean autoCommit) throws SQLException {
        return connect(reviewUrl, autoCommit);
    }

    static boolean checksForeignKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var row = statement.executeQuery("SELECT current_setting('session_replication_role') <> 'replica'")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private Connection connect(String url, boolean autoCommit) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "vetted-bulk-seed");
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + url + " as " + user + ": " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            // a crash loses the last commits, which a reload redoes anyway; waiting for the WAL flush is pure cost
            statement.execute("SET synchronous_commit = off");
            // Foreign keys are left to the generator, which only links rows it wrote (BulkSeedTest checks
            // them): a per-row trigger each would double the cost of COPY. Only a superuser may skip
            // them; anyone else loads with the checks on.
            statement.execute("DO $$ BEGIN SET session_replication_role = replica; "
                    + "EXCEPTION WHEN insufficient_privilege THEN NULL; END $$");
        }
        connection.setAutoCommit(autoCommit);
        return connection;
    }
}
