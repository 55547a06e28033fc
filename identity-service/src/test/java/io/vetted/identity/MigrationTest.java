package io.vetted.identity;

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
        // plain connections: these checks run outside any application transaction
        this.dataSource = DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Test
    void appliesEveryMigrationSuccessfully() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(Migrations.assertAllSucceeded(connection)).startsWith("1");
        }
    }

    @Test
    void rejectsAnEmailThatIsNotLowerCase() {
        assertThatThrownBy(() -> insertAccount("Someone@Example.fr"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("account_email_lowercase");
    }

    @Test
    void rejectsTheSameEmailTwice() throws SQLException {
        insertAccount("twice@example.fr");
        assertThatThrownBy(() -> insertAccount("twice@example.fr"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("account_email_unique");
    }

    private void insertAccount(String email) throws SQLException {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                     INSERT INTO account (id, email, password_hash, role, display_name, created_at, updated_at)
                     VALUES (gen_random_uuid(), ?, 'x', 'SME', 'Someone', now(), now())""")) {
            insert.setString(1, email);
            insert.executeUpdate();
        }
    }
}
