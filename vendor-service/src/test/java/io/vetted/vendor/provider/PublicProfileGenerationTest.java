package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A transaction of many changes to one profile empties its stored document once, and never leaves it stale. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfileGenerationTest implements PostgresTest {

    @Inject
    ProviderClient providers;

    @Inject
    PublicProfileDocuments documents;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> additionalProperties() {
        return TestIssuer.shared().securityProperties();
    }

    @Test
    void movesTheGenerationOnceForATransactionThatChangesThreeRows() throws SQLException {
        UUID id = storedProfile("Trois Changements");
        long before = documents.findById(id).orElseThrow().generation();

        inOneTransaction(
                id,
                "UPDATE provider SET city = 'Bron' WHERE id = ?",
                "UPDATE provider SET city = 'Vénissieux' WHERE id = ?",
                "UPDATE provider SET city = 'Villeurbanne' WHERE id = ?");

        var after = documents.findById(id).orElseThrow();
        assertThat(after.generation()).isEqualTo(before + 1);
        assertThat(after.body()).isNull();
    }

    @Test
    void emptiesADocumentStoredInsideTheTransactionWhenALaterChangeFollows() throws SQLException {
        UUID id = storedProfile("Stockage Intermédiaire");

        inOneTransaction(
                id,
                "UPDATE provider SET city = 'Bron' WHERE id = ?",
                "UPDATE provider_public_profile SET body = '{}', valid_until = now() + interval '1 hour',"
                        + " stored_at = now() WHERE provider_id = ?",
                "UPDATE provider SET city = 'Villeurbanne' WHERE id = ?");

        assertThat(documents.findById(id).orElseThrow().body()).isNull();
        assertThat(providers.get(id).city()).isEqualTo("Villeurbanne");
    }

    @Test
    void movesTheGenerationAgainInTheNextTransaction() throws SQLException {
        UUID id = storedProfile("Deux Transactions");
        long before = documents.findById(id).orElseThrow().generation();

        inOneTransaction(id, "UPDATE provider SET city = 'Bron' WHERE id = ?");
        inOneTransaction(id, "UPDATE provider SET city = 'Villeurbanne' WHERE id = ?");

        assertThat(documents.findById(id).orElseThrow().generation()).isEqualTo(before + 2);
    }

    private UUID storedProfile(String name) {
        var p = Providers.published(providers, Providers.agency(name, "Lyon", Specialty.HELPDESK));
        providers.get(p.id());
        assertThat(documents.findById(p.id()).orElseThrow().body()).isNotNull();
        return p.id();
    }

    private void inOneTransaction(UUID providerId, String... statements) throws SQLException {
        try (Connection connection = ProfileRows.connection(dataSource)) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                try (var statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, providerId);
                    assertThat(statement.executeUpdate()).as(sql).isPositive();
                }
            }
            connection.commit();
        }
    }
}
