package io.vetted.seed.bulk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the seeder expects of each database: migrated by its service (the seeder never creates or
 * alters a schema), and empty unless asked to reset it.
 */
final class Schema {

    /** Filled by the services' migrations, not by use: a reset keeps them. */
    private static final Set<String> CATALOGUE =
            Set.of("flyway_schema_history", "region", "department", "specialty", "sector");

    private final String service;
    private final String url;
    private final List<String> required;
    private final String owned;

    Schema(String service, String url, List<String> required, String owned) {
        this.service = service;
        this.url = url;
        this.required = required;
        this.owned = owned;
    }

    static Schema identity(String url) {
        return new Schema("identity-service", url, List.of("account"), "account");
    }

    static Schema vendor(String url) {
        return new Schema(
                "vendor-service",
                url,
                List.of(
                        "provider",
                        "offer",
                        "offer_price",
                        "provider_sla",
                        "provider_subcontracting",
                        "provider_due_diligence",
                        "compliance_claim",
                        "provider_reputation",
                        "provider_reputation_criterion",
                        "provider_search",
                        "department"),
                "provider");
    }

    static Schema review(String url) {
        return new Schema(
                "review-service",
                url,
                List.of(
                        "reference",
                        "invitation",
                        "reference_dispute",
                        "reference_reply",
                        "reviewer",
                        "provider_reputation"),
                "reference");
    }

    void requireMigrated(Connection connection) throws SQLException {
        for (String table : required) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
                row.next();
                if (!row.getBoolean(1)) {
                    throw new BulkSeedException(url + " has no table " + table + ": it is not migrated. Start "
                            + service + " once with DATABASE_URL=" + url
                            + " (Flyway migrates it at start-up), stop it, "
                            + "then run the seeder again.");
                }
            }
        }
    }

    long rows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM (SELECT 1 FROM " + owned + " LIMIT 1000000) AS t")) {
            row.next();
            return row.getLong(1);
        }
    }

    void refuseIfNotEmpty(Connection connection) throws SQLException {
        long rows = rows(connection);
        if (rows > 0) {
            throw new BulkSeedException(url + " already holds " + rows + " rows in " + owned
                    + ": the seeder only fills empty databases. Run it with --reset to empty them first "
                    + "(every table but Flyway's history and the catalogues is truncated).");
        }
    }

    /** Empties every table of the public schema but the catalogues, in one TRUNCATE. */
    void reset(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rows.next()) {
                if (!CATALOGUE.contains(rows.getString(1))) {
                    tables.add("public.\"" + rows.getString(1) + "\"");
                }
            }
        }
        if (!tables.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
            }
        }
    }
}
