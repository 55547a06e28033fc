package io.vetted.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.Migrations;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
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
        assertThatThrownBy(() -> insert(UUID.randomUUID(), UUID.randomUUID(), "name:a", 6))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("rating");
    }

    @Test
    void refusesTwoReferencesFromOneCompanyOnOverlappingEngagementsEvenInARace() throws SQLException {
        UUID provider = UUID.randomUUID();
        insert(provider, UUID.randomUUID(), "siren:732829320", 4);

        assertThatThrownBy(() -> insert(provider, UUID.randomUUID(), "siren:732829320", 2))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("reference_one_per_company_engagement");
    }

    private void insert(UUID provider, UUID author, String companyKey, int rating) throws SQLException {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                     INSERT INTO reference (id, provider_id, author_account_id, author_name, rating, comment, created_at,
                                            updated_at, author_email_domain, company_name, company_key, engagement_services,
                                            engagement_mode, engagement_start, would_recommend, facts_price_increase,
                                            facts_subcontracting, facts_after_hours_incident)
                     VALUES (gen_random_uuid(), ?, ?, 'A', ?, 'Un avis suffisamment long', now(), now(), 'example.fr',
                             'Société', ?, '{HELPDESK}', 'REMOTE', date '2024-01-01', true, false, 'NO', 'NEVER_NEEDED')""")) {
            insert.setObject(1, provider);
            insert.setObject(2, author);
            insert.setInt(3, rating);
            insert.setString(4, companyKey);
            insert.executeUpdate();
        }
    }
}
