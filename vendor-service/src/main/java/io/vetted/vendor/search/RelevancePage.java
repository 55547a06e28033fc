package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One page ordered by relevance: providers on site in a place typed first, then based there, then
 * by text rank and rating. Only candidates are ranked: the first {@code candidates} matches the
 * indexes give (more when the page asked for lies deeper), so a search costs the same whether 300
 * or 30,000 providers match, and the rows of the page alone are joined to the profile tables.
 * While no more providers match than that, every match is ranked.
 */
@Singleton
class RelevancePage {

    private final SqlRunner sql;
    private final SearchRows rows;

    RelevancePage(SqlRunner sql, SearchRows rows) {
        this.sql = sql;
        this.rows = rows;
    }

    List<SearchRows.Row> read(
            SearchFilter filter, @Nullable String tsQuery, List<String> areas, SearchRules.Plan plan, long candidates) {
        List<String> keys = new ArrayList<>();
        List<Object> keyParams = new ArrayList<>();
        if (!areas.isEmpty()) {
            keys.add("(s.facets && ?)");
            keyParams.add(areas.toArray(String[]::new));
            keys.add("(p.department_code = ANY (?))");
            keyParams.add(areas.stream()
                    .filter(a -> a.startsWith("dept:"))
                    .map(a -> a.substring("dept:".length()))
                    .toArray(String[]::new));
        }
        if (tsQuery != null) {
            keys.add("ts_rank(s.document, ?::tsquery)");
            keyParams.add(tsQuery);
        }
        StringBuilder select = new StringBuilder("SELECT s.provider_id, s.rating_sort");
        for (int i = 0; i < keys.size(); i++) {
            select.append(", ").append(keys.get(i)).append(" AS k").append(i);
        }
        select.append(" FROM provider_search s");
        if (!areas.isEmpty()) {
            select.append(" JOIN provider p ON p.id = s.provider_id");
        }
        SearchFilter.Condition where = filter.where(Set.of());
        List<Object> params = new ArrayList<>(keyParams);
        params.addAll(where.params());
        // the deepest page (1,000) is still a bounded window; pages within the first window agree
        params.add(Math.max(candidates, (long) (plan.page() + 1) * plan.size()));
        String ranked = "SELECT c.* FROM (" + select + where.sql() + " LIMIT ?) AS c" + order("c", keys.size())
                + " LIMIT ? OFFSET ?";
        params.add(plan.size());
        params.add((long) plan.page() * plan.size());
        String statement = ProviderSearch.COLUMNS + " FROM (" + ranked + ") AS t"
                + " JOIN provider_search s ON s.provider_id = t.provider_id" + ProviderSearch.JOINS
                + order("t", keys.size());
        return sql.query(statement, params, rows::read);
    }

    private static String order(String alias, int keys) {
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (int i = 0; i < keys; i++) {
            order.append(alias).append(".k").append(i).append(" DESC, ");
        }
        return order.append(alias)
                .append(".rating_sort DESC, ")
                .append(alias)
                .append(".provider_id DESC")
                .toString();
    }
}
