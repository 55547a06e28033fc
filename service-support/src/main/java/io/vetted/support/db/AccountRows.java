package io.vetted.support.db;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One account's rows as plain JSON values, for the personal-data exports every service answers.
 * PostgreSQL builds the JSON, so a column a table gains later is exported without a code change.
 */
public final class AccountRows {

    private AccountRows() {}

    /**
     * Runs {@code query}, whose single parameter is the account id, on the caller's transaction's
     * connection, and returns its rows as a list of maps (an empty list when none).
     */
    public static Object read(Connection connection, JsonMapper json, String query, UUID accountId) {
        String sql = "SELECT coalesce(json_agg(row_data), '[]'::json)::text FROM (" + query + ") AS row_data";
        try (var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, accountId);
            try (var result = statement.executeQuery()) {
                result.next();
                return json.readValue(result.getString(1), Argument.OBJECT_ARGUMENT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an account's rows: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
