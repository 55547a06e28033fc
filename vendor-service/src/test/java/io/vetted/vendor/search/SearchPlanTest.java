package io.vetted.vendor.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.vetted.testsupport.PostgresTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What PostgreSQL does with a search's statements: text and filters meet in one index, and the
 * planner settings every search sends end with its transaction, so the pooled connection does not
 * carry them to the next caller's statements.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPlanTest implements PostgresTest {

    // the total of a text search with a specialty and a department, as ProviderSearch writes it
    private static final String TEXT_AND_FILTERS_COUNT = "SELECT count(*) FROM (SELECT 1 FROM provider_search s"
            + " WHERE s.document @@ provider_text_query('helpdesk') AND s.facets @> ARRAY['spec:HELPDESK', 'dept:69']"
            + " LIMIT 1001) AS bounded";

    private static final String SETTINGS = "SELECT pg_backend_pid() || ' ' || current_setting('plan_cache_mode')"
            + " || ' ' || current_setting('enable_seqscan')";

    @Inject
    PlannerSettings settings;

    @Inject
    SqlRunner sql;

    @Inject
    ProviderSearch search;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void readsTextAndFiltersThroughOneIndexWithoutTestingEachCandidatesDocument() {
        String plan = transactions.executeRead(status -> {
            settings.apply();
            return String.join("\n", rows("EXPLAIN " + TEXT_AND_FILTERS_COUNT));
        });

        assertThat(plan)
                .contains("Bitmap Index Scan on provider_search_facets_document_idx")
                .containsPattern("Index Cond: \\(\\(facets @> .*\\) AND \\(document @@ .*\\)\\)")
                .doesNotContain("Seq Scan")
                .doesNotContain("Filter: (document @@");
    }

    @Test
    void setsCustomPlansAndNoSequentialScanForTheSearchTransactionOnly() {
        List<String> during = transactions.executeRead(status -> {
            settings.apply();
            return rows(SETTINGS);
        });
        List<String> after = transactions.executeRead(status -> rows(SETTINGS));

        assertThat(during).singleElement().asString().endsWith(" force_custom_plan off");
        // the same pooled connection, back to the server's defaults
        assertThat(after).containsExactly(during.get(0).split(" ")[0] + " auto on");
    }

    @Test
    void sendsTheSettingsWithEverySearch() {
        List<String> seen = transactions.executeRead(status -> {
            search.search(SearchCriteria.text("helpdesk"));
            return rows(SETTINGS);
        });

        assertThat(seen).singleElement().asString().endsWith(" force_custom_plan off");
    }

    private List<String> rows(String statement) {
        return sql.query(statement, List.of(), result -> {
            List<String> lines = new ArrayList<>();
            while (result.next()) {
                lines.add(result.getString(1));
            }
            return lines;
        });
    }
}
