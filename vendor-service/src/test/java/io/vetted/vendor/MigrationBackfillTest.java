package io.vetted.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** What V21, V22 and V23 make of data written before them. */
class MigrationBackfillTest {

    @Test
    void turnsTheFirstContractsVerifiedCountIntoTheProvidersOwnWordAndStartsOfferLineages() throws SQLException {
        TestDatabases.TestDatabase database = TestDatabases.create("vendor-backfill");
        Flyway flyway = Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .target("20")
                .load();
        flyway.migrate();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO provider (id, owner_account_id, name, kind, delivers_remote, delivers_on_site, city,
                                          specialties, status, published_at, siren, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', gen_random_uuid(), 'Ancienne Agence', 'AGENCY',
                            true, false, 'Lyon', '{HELPDESK}', 'PUBLISHED', now(), '732829320', now(), now());
                    INSERT INTO provider_sla (provider_id, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', now(), now());
                    INSERT INTO provider_subcontracting (provider_id, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', now(), now());
                    INSERT INTO provider_due_diligence (provider_id, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', now(), now());
                    INSERT INTO provider_reputation (provider_id, average_rating, reference_count,
                                                     verified_reference_count, source_version, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', 4.5, 6, 4, 3, now());
                    INSERT INTO offer (id, provider_id, title, pricing_model, price_unit, price_change_notice_days,
                                       created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001',
                            'Forfait', 'MONTHLY_FIXED', 'FLAT', 45, now() - interval '2 years', now())""");
        }

        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .load()
                .migrate();

        assertThat(row(database, """
                        SELECT verified_reference_count || ' ' || provider_vouched_count FROM provider_reputation""")).isEqualTo("0 4");
        assertThat(row(database, "SELECT verified_reference_count::text FROM provider_search"))
                .isEqualTo("0");
        assertThat(row(database, """
                        SELECT (lineage_id IS NOT NULL AND on_vetted_since = created_at)::text FROM offer""")).isEqualTo("true");
        assertThat(row(database, "SELECT notice_days::text FROM offer_notice")).isEqualTo("45");
        assertThat(row(database, "SELECT register_state || ' ' || siren FROM company_identity"))
                .isEqualTo("PENDING 732829320");
        assertThat(row(database, "SELECT (first_published_at = published_at)::text FROM provider"))
                .isEqualTo("true");
    }

    @Test
    void turnsTheUnpublishingSentencesStoredBeforeV23IntoReasonCodesKeepingTheModeratorsWords() throws SQLException {
        TestDatabases.TestDatabase database = TestDatabases.create("vendor-backfill-v23");
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .target("22")
                .load()
                .migrate();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO provider (id, owner_account_id, name, kind, delivers_remote, delivers_on_site, city,
                                          specialties, status, published_at, unpublished_reason, created_at, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', gen_random_uuid(), 'Perdante', 'AGENCY', true,
                            false, 'Lyon', '{HELPDESK}', 'DRAFT', NULL, 'A moderator decided that SIREN 732829320 belongs'
                            || ' to another profile: Kbis au nom du concurrent.', now(), now()),
                           ('00000000-0000-0000-0000-000000000002', gen_random_uuid(), 'Renommée', 'AGENCY', true,
                            false, 'Lyon', '{HELPDESK}', 'DRAFT', NULL, 'Nouveau nom sans justificatif.', now(), now()),
                           ('00000000-0000-0000-0000-000000000003', gen_random_uuid(), 'Publiée', 'AGENCY', true,
                            false, 'Lyon', '{HELPDESK}', 'PUBLISHED', now(), NULL, now(), now())""");
        }

        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .load()
                .migrate();

        assertThat(row(database, """
                        SELECT string_agg(name || ': ' || coalesce(unpublished_reason_code, '-') || ' '
                               || coalesce(unpublished_siren, '-') || ' ' || coalesce(unpublished_reason, '-'),
                               ' | ' ORDER BY id) FROM provider"""))
                .isEqualTo("Perdante: SIREN_CONTEST_LOST 732829320 Kbis au nom du concurrent."
                        + " | Renommée: IDENTITY_CHANGE - Nouveau nom sans justificatif."
                        + " | Publiée: - - -");
    }

    private static String row(TestDatabases.TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }
}
