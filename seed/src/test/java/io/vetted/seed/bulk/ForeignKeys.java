package io.vetted.seed.bulk;

import io.vetted.testsupport.TestDatabases.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows that break a foreign key: the seeder loads with the checks off (as a superuser), so the
 * tests check every single-column foreign key of the schema afterwards.
 */
final class ForeignKeys {

    private ForeignKeys() {}

    static List<String> violations(TestDatabase database) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            try (ResultSet keys = statement.executeQuery("""
                    SELECT c.conname, c.conrelid::regclass, a.attname, c.confrelid::regclass, fa.attname
                      FROM pg_constraint c
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                      JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]
                     WHERE c.contype = 'f' AND cardinality(c.conkey) = 1""")) {
                while (keys.next()) {
                    checks.add(keys.getString(1)
                            + "|SELECT count(*) FROM %s t WHERE t.%s IS NOT NULL AND NOT EXISTS "
                                    .formatted(keys.getString(2), keys.getString(3))
                            + "(SELECT 1 FROM %s p WHERE p.%s = t.%s)"
                                    .formatted(keys.getString(4), keys.getString(5), keys.getString(3)));
                }
            }
            List<String> broken = new ArrayList<>();
            for (String check : checks) {
                String[] parts = check.split("\\|", 2);
                try (ResultSet row = statement.executeQuery(parts[1])) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        broken.add(parts[0] + ": " + row.getLong(1) + " rows");
                    }
                }
            }
            return broken;
        }
    }
}
