package io.vetted.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.Migrations;
import io.vetted.testsupport.PostgresTest;
import io.vetted.vendor.catalog.Sector;
import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
            assertThat(Migrations.assertAllSucceeded(connection)).startsWith("1", "2", "3", "4", "5", "6", "7", "8");
        }
    }

    @Test
    void matchesFrenchAndEnglishFormsWithoutAccents() throws SQLException {
        assertThat(
                        query(
                                "SELECT provider_text_vector('Infogérance et réseaux', 'A') @@ provider_text_query('INFOGERANCE reseau')"))
                .containsExactly("t");
        assertThat(query(
                        "SELECT provider_text_vector('Networking for offices', 'A') @@ provider_text_query('network')"))
                .containsExactly("t");
    }

    @Test
    void turnsTypedOperatorsIntoPlainWordsAndDropsStopWords() throws SQLException {
        assertThat(query("SELECT provider_text_query('lyon & !(le) | :*')::text"))
                .containsExactly("'lyon':* | 'lyon' | 'lyon'");
    }

    @Test
    void checksSirenChecksumsInTheDatabaseToo() throws SQLException {
        assertThat(query("SELECT luhn_valid('732829320')::text || luhn_valid('732829321')::text"))
                .containsExactly("truefalse");
    }

    @Test
    void knowsTheSearchWordsOfEverySpecialtyAndSector() throws SQLException {
        assertThat(query("SELECT code FROM specialty"))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Specialty.values()).map(Enum::name).toList());
        assertThat(query("SELECT code FROM sector"))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Sector.values()).map(Enum::name).toList());
    }

    @Test
    void refusesAProviderThatDeliversNeitherRemotelyNorOnSite() {
        assertThatThrownBy(() -> {
                    try (var connection = dataSource.getConnection()) {
                        connection.createStatement().executeUpdate("""
                        INSERT INTO provider (id, owner_account_id, name, kind, delivers_remote, delivers_on_site, city,
                                              specialties, created_at, updated_at)
                        VALUES (gen_random_uuid(), gen_random_uuid(), 'Nowhere', 'AGENCY', false, false, 'Lyon',
                                '{HELPDESK}', now(), now())""");
                    }
                })
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("provider_delivers_somehow");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
