package io.vetted.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.Migrations;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationTest implements PostgresTest {

    @Override
    public boolean migratesItself() {
        return true;
    }

    DataSource dataSource;

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
    void refusesARejectedEntryWithoutAReasonEvenPastTheService() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO shortlist (id, account_id, name, version, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', gen_random_uuid(), 'Liste', 0, now(), now())""");
            assertThatThrownBy(() -> statement.executeUpdate("""
                            INSERT INTO shortlist_entry (id, shortlist_id, provider_id, status, version, created_at, updated_at)
                            VALUES (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', gen_random_uuid(),
                                    'REJECTED', 0, now(), now())"""))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("shortlist_entry_rejected_with_reason");
        }
    }
}
