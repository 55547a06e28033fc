package io.vetted.bench.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.vetted.testsupport.TestDatabases;
import io.vetted.testsupport.TestDatabases.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lucene harness against PostgreSQL on the same small catalogue: a vendor database migrated
 * with vendor-service's own scripts and filled by its plan generator, indexed in Lucene, then the
 * bench's search shapes asked of both.
 */
class LuceneAgainstPostgresTest {

    private static final List<String> WORDS = List.of(
            "infogerance",
            "reseaux",
            "cloud",
            "support",
            "data",
            "helpdesk",
            "conseil",
            "cyber",
            "securite",
            "telecom",
            "systemes",
            "parc",
            "paris",
            "lyon",
            "toulouse",
            "nantes");

    private static Connection db;
    private static ProviderSearcher lucene;
    private static ByteBuffersDirectory directory;
    private static long indexed;

    @BeforeAll
    static void catalogue() throws Exception {
        TestDatabase vendor = TestDatabases.create(LuceneAgainstPostgresTest.class);
        Flyway.configure()
                .dataSource(vendor.url(), vendor.user(), vendor.password())
                .locations("filesystem:../vendor-service/src/main/resources/db/migration")
                .load()
                .migrate();
        db = vendor.connect();
        GeneratedProviders.insert(db, Path.of("../vendor-service/bench/generate-providers.sql"), 600);
        directory = new ByteBuffersDirectory();
        try (ProviderIndex index = new ProviderIndex(directory)) {
            indexed = ProviderRows.read(db, index::add);
        }
        lucene = new ProviderSearcher(directory);
    }

    private static List<String> ids(String sql, Object... params) throws Exception {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(
                        i + 1, params[i] instanceof Object[] array ? db.createArrayOf("text", array) : params[i]);
            }
            List<String> ids = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    @AfterAll
    static void close() throws Exception {
        lucene.close();
        directory.close();
        db.close();
    }

    @Test
    void every_published_provider_is_indexed() throws Exception {
        try (Statement statement = db.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM provider_search")) {
            rows.next();
            assertThat(indexed)
                    .isEqualTo(rows.getLong(1))
                    .isEqualTo(lucene.documents())
                    .isEqualTo(600);
        }
    }

    @Test
    void filters_only_find_the_same_providers_with_the_same_facet_counts() throws Exception {
        List<SearchParameters.Filters> rows = new ArrayList<>();
        for (String spec : List.of("spec:HELPDESK", "spec:NETWORKS", "spec:CLOUD_SAAS", "spec:ERP_CRM")) {
            for (String lang : List.of("lang:fr", "lang:en")) {
                for (int minutes : new int[] {60, 240, 480}) {
                    rows.add(new SearchParameters.Filters(List.of(spec, lang), minutes));
                }
            }
        }

        Agreement.Summary summary = Agreement.filters(db, lucene, rows);

        assertThat(summary.sqlTotal()).as("the filters find providers").isPositive();
        assertThat(summary.equalTotals()).as("rows with PostgreSQL's total").isEqualTo(rows.size());
        assertThat(summary.equalFacets())
                .as("rows with PostgreSQL's facet counts")
                .isEqualTo(rows.size());
    }

    @Test
    void pages_by_rating_list_the_same_providers_in_the_same_order() throws Exception {
        List<String> tokens = List.of("spec:HELPDESK", "lang:fr");
        List<String> firstPage = ids(
                "SELECT provider_id::text FROM provider_search s WHERE s.facets @> ?::text[] AND s.response_sort <= ?"
                        + " ORDER BY s.rating_sort DESC, s.provider_id DESC LIMIT 21",
                tokens.toArray(),
                480);
        List<String> afterFifth = ids(
                "SELECT provider_id::text FROM provider_search s WHERE (s.rating_sort, s.provider_id) <"
                        + " (SELECT rating_sort, provider_id FROM provider_search WHERE provider_id = ?::uuid)"
                        + " ORDER BY s.rating_sort DESC, s.provider_id DESC LIMIT 21",
                firstPage.get(4));
        assertThat(lucene.filters(tokens, 480, 21).ids()).hasSize(21).isEqualTo(firstPage);
        assertThat(lucene.deep(firstPage.get(4), 21).ids()).hasSize(21).isEqualTo(afterFifth);
    }

    @Test
    void the_bench_words_with_a_department_and_a_specialty_find_what_postgresql_finds() throws Exception {
        List<SearchParameters.Text> rows = new ArrayList<>();
        for (String word : WORDS) {
            rows.add(new SearchParameters.Text(word, List.of("spec:HELPDESK")));
            rows.add(new SearchParameters.Text(word, List.of("dept:69", "spec:NETWORKS")));
        }

        Agreement.Summary summary = Agreement.text(db, lucene, rows);

        assertThat(summary.sqlTotal()).as("the words find providers").isPositive();
        assertThat(summary.equalTotals()).as("rows with PostgreSQL's total").isEqualTo(rows.size());
    }
}
