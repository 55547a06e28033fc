package io.vetted.seed.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vetted.seed.bulk.ReviewServiceReputation.Figures;
import io.vetted.support.company.CompanyNumbers;
import io.vetted.testsupport.TestDatabases;
import io.vetted.testsupport.TestDatabases.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkSeedTest {

    private static final int PROVIDERS = 200;
    private static final int REFERENCES = 2_000;

    private SeededDatabases databases;

    @BeforeAll
    void seed() throws Exception {
        databases = SeededDatabases.migrated("BulkSeedTest");
        new BulkSeed(databases.options(PROVIDERS, REFERENCES, false)).run();
    }

    @Test
    void fills_every_database_at_the_requested_scale() throws SQLException {
        assertThat(count(databases.identity(), "SELECT count(*) FROM account")).isEqualTo(PROVIDERS + 500 + 1);
        assertThat(count(databases.identity(), "SELECT count(*) FROM account WHERE email_verified_at IS NULL"))
                .isZero();
        assertThat(count(databases.vendor(), "SELECT count(*) FROM provider WHERE status = 'PUBLISHED'"))
                .isEqualTo(PROVIDERS);
        assertThat(count(databases.vendor(), "SELECT count(*) FROM provider_search"))
                .isEqualTo(PROVIDERS);
        assertThat(count(
                        databases.vendor(),
                        "SELECT count(*) FROM provider p WHERE NOT EXISTS "
                                + "(SELECT 1 FROM offer o WHERE o.provider_id = p.id)"))
                .isZero();
        assertThat(count(
                        databases.vendor(),
                        "SELECT max(n) FROM (SELECT count(*) AS n FROM offer GROUP BY provider_id) c"))
                .isBetween(1L, 6L);
        assertThat(count(databases.review(), "SELECT count(*) FROM reference")).isEqualTo(REFERENCES);
    }

    @Test
    void every_provider_owner_and_client_signs_in_with_the_shared_password() throws Exception {
        String password = Files.readString(databases.passwordFile()).strip();
        List<String> hashes = strings(databases.identity(), "SELECT DISTINCT password_hash FROM account");
        assertThat(hashes).hasSize(1);
        assertThat(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).matches(password, hashes.get(0)))
                .isTrue();
        assertThat(strings(databases.identity(), "SELECT role FROM account WHERE email = 'sme1@client1.test'"))
                .containsExactly("SME");
        assertThat(strings(databases.identity(), "SELECT role FROM account WHERE email = 'provider1@provider1.test'"))
                .containsExactly("PROVIDER");
    }

    @Test
    void references_point_to_seeded_providers_and_clients() throws SQLException {
        List<String> providers = strings(databases.vendor(), "SELECT id::text FROM provider");
        List<String> smes = strings(databases.identity(), "SELECT id::text FROM account WHERE role = 'SME'");
        assertThat(providers)
                .containsAll(strings(databases.review(), "SELECT DISTINCT provider_id::text FROM reference"));
        assertThat(smes)
                .containsAll(strings(databases.review(), "SELECT DISTINCT author_account_id::text FROM reference"));
        assertThat(strings(databases.review(), "SELECT company_siren FROM reference WHERE company_siren IS NOT NULL"))
                .isNotEmpty()
                .allMatch(CompanyNumbers::isSiren);
    }

    @Test
    void every_foreign_key_holds_although_the_load_skips_their_checks() throws SQLException {
        assertThat(ForeignKeys.violations(databases.identity())).isEmpty();
        assertThat(ForeignKeys.violations(databases.vendor())).isEmpty();
        assertThat(ForeignKeys.violations(databases.review())).isEmpty();
        assertThat(count(databases.vendor(), "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"))
                .isGreaterThan(5);
    }

    @Test
    void labels_and_moderation_states_come_in_realistic_shares() throws SQLException {
        long invited = count(databases.review(), "SELECT count(*) FROM reference WHERE invitation_id IS NOT NULL");
        long confirmed =
                count(databases.review(), "SELECT count(*) FROM reference WHERE engagement_confirmed_at IS NOT NULL");
        long unverified = count(
                databases.review(),
                "SELECT count(*) FROM reference WHERE invitation_id IS NULL AND engagement_confirmed_at IS NULL");
        assertThat(invited).isBetween(REFERENCES / 5L, REFERENCES * 2 / 5L);
        assertThat(confirmed).isBetween(REFERENCES / 6L, REFERENCES / 3L);
        assertThat(unverified).isGreaterThan(REFERENCES / 3L);
        assertThat(count(databases.review(), "SELECT count(*) FROM invitation WHERE used_at IS NULL"))
                .isZero();
        assertThat(count(databases.review(), "SELECT count(*) FROM reference WHERE status <> 'PUBLISHED'"))
                .isBetween(1L, 60L);
        assertThat(count(
                        databases.review(),
                        "SELECT count(*) FROM reference WHERE created_at > now() - interval '1 day' "
                                + "OR created_at < now() - interval '1827 days'"))
                .isZero();
    }

    @Test
    void vendor_holds_the_reputation_review_service_itself_answers_for_every_provider() throws Exception {
        List<Figures> inVendor = ReputationFigures.inVendor(databases.vendor());
        assertThat(inVendor)
                .hasSize((int) count(databases.review(), "SELECT count(DISTINCT provider_id) FROM reference"));
        try (ReviewServiceReputation review = new ReviewServiceReputation(databases.review())) {
            for (Figures copy : inVendor) {
                Figures answer = review.of(copy.provider());
                assertThat(copy)
                        .usingRecursiveComparison()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .ignoringFields("bayesian")
                        .isEqualTo(answer);
                if (answer.bayesian() == null) {
                    assertThat(copy.bayesian()).isNull();
                } else {
                    // the recency weights decay between the seed and this check: a hundredth at most
                    assertThat(copy.bayesian()).isCloseTo(answer.bayesian(), Offset.offset(new BigDecimal("0.01")));
                }
            }
        }
        assertThat(strings(databases.vendor(), ReputationFigures.SEARCH))
                .containsExactlyElementsOf(strings(databases.vendor(), ReputationFigures.SNAPSHOT_IN_SEARCH));
    }

    @Test
    void later_snapshots_from_review_service_are_accepted_as_newer() throws SQLException {
        assertThat(strings(databases.review(), "SELECT DISTINCT version::text FROM provider_reputation"))
                .containsExactly("1");
        assertThat(strings(databases.vendor(), "SELECT DISTINCT source_version::text FROM provider_reputation"))
                .containsExactly("1");
        assertThat(count(databases.review(), "SELECT count(*) FROM outbox_event"))
                .isZero();
    }

    @Test
    void search_rows_equal_what_vendor_services_own_refresh_function_builds() throws SQLException {
        List<String> bulk = strings(databases.vendor(), SearchFigures.ROWS);
        try (Connection vendor = databases.vendor().connect();
                Statement statement = vendor.createStatement()) {
            statement.execute("SELECT refresh_provider_search(id) FROM provider");
        }
        assertThat(bulk).hasSize(PROVIDERS).containsExactlyElementsOf(strings(databases.vendor(), SearchFigures.ROWS));
    }

    @Test
    void refuses_a_database_that_is_not_empty() {
        assertThatThrownBy(() -> new BulkSeed(databases.options(10, 20, false)).run())
                .isInstanceOf(BulkSeedException.class)
                .hasMessageContaining("already holds")
                .hasMessageContaining("--reset");
    }

    @Test
    void refuses_a_database_that_is_not_migrated() throws Exception {
        TestDatabase bare = TestDatabases.create("BulkSeedTestBare");
        var options = new BulkOptions(
                10,
                20,
                new Databases(bare.url(), bare.url(), bare.url(), bare.user(), bare.password()),
                databases.passwordFile(),
                false,
                1);
        assertThatThrownBy(() -> new BulkSeed(options).run())
                .isInstanceOf(BulkSeedException.class)
                .hasMessageContaining("not migrated")
                .hasMessageContaining("identity-service");
    }

    @Test
    void reset_empties_the_databases_and_seeds_them_again() throws Exception {
        SeededDatabases other = SeededDatabases.migrated("BulkSeedTestReset");
        long searchIndexes = count(other.vendor(), SEARCH_INDEXES);
        new BulkSeed(other.options(30, 100, false)).run();
        new BulkSeed(other.options(20, 50, true)).run();
        assertThat(count(other.vendor(), "SELECT count(*) FROM provider")).isEqualTo(20);
        assertThat(count(other.vendor(), "SELECT count(*) FROM provider_search"))
                .isEqualTo(20);
        assertThat(count(other.review(), "SELECT count(*) FROM reference")).isEqualTo(50);
        assertThat(count(other.identity(), "SELECT count(*) FROM account")).isEqualTo(20 + 50 + 1);
        assertThat(count(other.vendor(), "SELECT count(*) FROM region")).isEqualTo(18);
        // the seeder drops them for the load and puts every one back
        assertThat(count(other.vendor(), SEARCH_INDEXES)).isEqualTo(searchIndexes);
    }

    private static final String SEARCH_INDEXES = "SELECT count(*) FROM pg_indexes WHERE tablename = 'provider_search'";

    static long count(TestDatabase database, String sql) throws SQLException {
        return Long.parseLong(strings(database, sql).get(0));
    }

    static List<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
