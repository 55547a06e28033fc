package io.vetted.vendor;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.Migrations;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationTest implements PostgresTest {

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
    void foldsAccentsInTheSearchIndexExpression() throws SQLException {
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT to_tsvector('simple', immutable_unaccent('Infogérance Sécurité')) @@ to_tsquery('simple', 'infogerance & securite')")) {
            rows.next();
            assertThat(rows.getBoolean(1)).isTrue();
        }
    }

    @Test
    void refusesAProviderThatDeliversNeitherRemotelyNorOnSite() {
        assertThatThrownBy(() -> {
            try (var connection = dataSource.getConnection()) {
                connection.createStatement().executeUpdate("""
                        INSERT INTO provider (id, owner_account_id, name, kind, delivers_remote, delivers_on_site, city,
                                              specialties, search_text, created_at, updated_at)
                        VALUES (gen_random_uuid(), gen_random_uuid(), 'Nowhere', 'AGENCY', false, false, 'Lyon',
                                '{HELPDESK}', 'Nowhere', now(), now())""");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("provider_delivers_somehow");
    }
}
