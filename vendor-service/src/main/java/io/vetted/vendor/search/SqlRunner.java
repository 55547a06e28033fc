package io.vetted.vendor.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs the search's hand-built statements with their parameters bound, text arrays included. */
@Singleton
class SqlRunner {

    interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final JdbcOperations jdbc;

    SqlRunner(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    <T> T query(String sql, List<Object> params, Reader<T> reader) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            try (ResultSet result = statement.executeQuery()) {
                return reader.read(result);
            }
        });
    }

    private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof String[] array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("text", array));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
