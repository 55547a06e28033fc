package io.vetted.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Checks on what Flyway did to a service's database. */
public final class Migrations {

    private Migrations() {}

    /** Asserts every recorded migration succeeded and returns their versions in order. */
    public static List<String> assertAllSucceeded(Connection connection) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (var rows = connection
                .createStatement()
                .executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success"))
                        .as("migration %s succeeded", rows.getString("version"))
                        .isTrue();
                applied.add(rows.getString("version"));
            }
        }
        assertThat(applied).as("applied migrations").isNotEmpty();
        return applied;
    }
}
