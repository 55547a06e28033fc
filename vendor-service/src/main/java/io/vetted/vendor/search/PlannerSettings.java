package io.vetted.vendor.search;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * How PostgreSQL plans a search's statements, set for its transaction only (the first statement
 * ProviderSearch sends). A generic plan, made once for any parameters, cannot fit both a word with
 * twenty synonyms and a rare one, or a department and the whole country: custom plans cost ~1 ms
 * of planning a statement, and with the one GIN index of text and filters (V28) generic plans ran
 * text searches at a fifth of their rate at 100k. And the planner counts testing a
 * text condition as cheap although each test reads the row's document from TOAST, so it would scan the
 * table hoping to stop early; a search always has an index to start from. docs/search.md, "Text and
 * filters in one index".
 */
@Singleton
class PlannerSettings {

    static final String STATEMENT = "SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
            + " set_config('enable_seqscan', 'off', true)";

    private final SqlRunner sql;

    PlannerSettings(SqlRunner sql) {
        this.sql = sql;
    }

    /** Within the caller's transaction; the settings end with it (outside one they would do nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    void apply() {
        sql.query(STATEMENT, List.of(), rows -> rows.next());
    }
}
