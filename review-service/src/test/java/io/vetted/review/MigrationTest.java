package io.vetted.review;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.Migrations;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationTest implements PostgresTest {

    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return Map.of("vetted.outbox.relay.enabled", "false");
    }

    @Inject
    void unwrap(DataSource transactionAware) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Test
    void appliesEveryMigrationSuccessfully() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(Migrations.assertAllSucceeded(connection)).startsWith("1");
        }
    }

    @Test
    void refusesARatingOutsideOneToFive() {
        assertThatThrownBy(() -> {
            try (var connection = dataSource.getConnection()) {
                connection.createStatement().executeUpdate("""
                        INSERT INTO reference (id, provider_id, author_account_id, author_name, rating, comment,
                                               created_at, updated_at)
                        VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'A', 6, 'Trop', now(), now())""");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("rating");
    }
}
