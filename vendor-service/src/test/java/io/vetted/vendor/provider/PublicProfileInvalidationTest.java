package io.vetted.vendor.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.vetted.testsupport.PostgresTest;
import io.vetted.testsupport.TestIssuer;
import io.vetted.vendor.catalog.Specialty;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every table a public profile shows empties the profile's stored document when one of its rows
 * changes, whatever wrote it: one case per table, with the SQL straight, so no service code path
 * is needed for the trigger to be there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfileInvalidationTest implements PostgresTest {

    private static final String OFFERS = "SELECT id FROM offer WHERE provider_id = ?";
    private static final String REPUTATION = "INSERT INTO provider_reputation"
            + " (provider_id, average_rating, reference_count, source_version, updated_at) VALUES (?, 4.5, 2, 1, now())";

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

    static Stream<Arguments> changes() {
        return Stream.of(
                change("provider", null, "UPDATE provider SET city = city WHERE id = ?"),
                change("offer", null, "UPDATE offer SET title = title || '.' WHERE provider_id = ?"),
                change(
                        "offer_price",
                        null,
                        "UPDATE offer_price SET price_eur = price_eur WHERE offer_id IN (" + OFFERS + ")"),
                change(
                        "offer_notice",
                        null,
                        "INSERT INTO offer_notice (offer_id, notice_days, promised_at)"
                                + " SELECT id, 45, now() + interval '1 second' FROM offer WHERE provider_id = ?"),
                change("provider_sla", null, "UPDATE provider_sla SET version = version WHERE provider_id = ?"),
                change(
                        "provider_subcontracting",
                        null,
                        "UPDATE provider_subcontracting SET version = version WHERE provider_id = ?"),
                change(
                        "provider_due_diligence",
                        null,
                        "UPDATE provider_due_diligence SET version = version WHERE provider_id = ?"),
                change(
                        "compliance_claim",
                        null,
                        "INSERT INTO compliance_claim (id, provider_id, topic, evidence, status, created_at, updated_at)"
                                + " VALUES (gen_random_uuid(), ?, 'BACKUP', 'Sauvegardes chiffrées', 'SELF_DECLARED',"
                                + " now(), now())"),
                change("provider_reputation", null, REPUTATION),
                change(
                        "provider_reputation_criterion",
                        REPUTATION,
                        "INSERT INTO provider_reputation_criterion (provider_id, criterion, rating) VALUES (?, 'BILLING', 4)"),
                change(
                        "company_identity",
                        null,
                        "UPDATE company_identity SET check_attempts = check_attempts WHERE provider_id = ?"),
                change(
                        "identity_change",
                        null,
                        "INSERT INTO identity_change (id, provider_id, field, previous_value, new_value, shown_publicly,"
                                + " changed_by, changed_at) VALUES (gen_random_uuid(), ?, 'NAME', 'Ancien', 'Nouveau',"
                                + " true, gen_random_uuid(), now())"),
                change("offer_price (deleted)", null, "DELETE FROM offer_price WHERE offer_id IN (" + OFFERS + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeToARowTheProfileShowsEmptiesItsDocument(String table, String before, String change) {
        var p = Providers.published(providers, Providers.agency("Table " + table, "Lyon", Specialty.HELPDESK));
        if (before != null) {
            ProfileRows.update(dataSource, before, p.id());
        }
        providers.get(p.id());
        var stored = documents.findById(p.id()).orElseThrow();
        assertThat(stored.body()).isNotNull();

        ProfileRows.update(dataSource, change, p.id());

        var after = documents.findById(p.id()).orElseThrow();
        assertThat(after.body()).as(table).isNull();
        assertThat(after.generation()).isGreaterThan(stored.generation());
    }

    private static Arguments change(String table, String before, String change) {
        return Arguments.of(table, before, change);
    }
}
