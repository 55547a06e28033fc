package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Runs a search against the {@code provider_search} read model: one page, its total, its facets. */
@Singleton
class ProviderSearch {

    private static final String FROM = """

             FROM provider_search s
             JOIN provider p ON p.id = s.provider_id
             JOIN provider_sla sla ON sla.provider_id = s.provider_id
             JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id""";
    private static final String COLUMNS = """
            SELECT s.provider_id, p.name, p.kind, p.city, p.delivers_remote, p.delivers_on_site, p.specialties,
                   p.team_size, p.department_code, s.average_rating, s.bayesian_rating, s.reference_count,
                   s.verified_reference_count, s.hourly_price, s.monthly_flat_price, s.per_seat_price,
                   s.per_device_price, s.per_intervention_price, s.critical_response_minutes, sla.after_hours,
                   sub.subcontracts, s.facets, s.rating_sort, s.response_sort, s.hourly_sort, s.monthly_flat_sort,
                   s.per_seat_sort, s.per_device_sort, s.per_intervention_sort""";

    private final SqlRunner sql;
    private final SearchRules rules;
    private final SearchRows rows;
    private final FacetQueries facets;
    private final TextPlanner planner;
    private final Relaxations relaxations;

    ProviderSearch(
            SqlRunner sql,
            SearchRules rules,
            SearchRows rows,
            FacetQueries facets,
            TextPlanner planner,
            Relaxations relaxations) {
        this.sql = sql;
        this.rules = rules;
        this.rows = rows;
        this.facets = facets;
        this.planner = planner;
        this.relaxations = relaxations;
    }

    @ReadOnly
    SearchResponse search(SearchCriteria criteria) {
        TextPlan text = planner.plan(criteria.q(), criteria.isLiteral(), hasArea(criteria));
        SearchRules.Plan plan = rules.plan(criteria, text.ranked());
        SearchFilter filter = rules.filter(criteria, plan.basis(), text.condition(), text.areaOrRemote(criteria));
        long total = count(filter);
        boolean approximate = false;
        // one provider asked about gets a yes or no: the tolerance would let in what the full search would not
        if (total == 0 && criteria.provider() == null) {
            SearchFilter.Condition fuzzy = text.fuzzy();
            if (fuzzy != null) {
                SearchFilter tolerant = filter.withText(fuzzy);
                long tolerantTotal = count(tolerant);
                if (tolerantTotal > 0) {
                    filter = tolerant;
                    total = tolerantTotal;
                    approximate = true;
                }
            }
        }
        Page page = plan.sort() == SearchSort.RELEVANCE
                ? byRelevance(filter, approximate ? null : text.rank(), text.areas(), plan)
                : byKeyset(filter, plan, criteria);
        List<Suggestion> suggestions = total > 0 || criteria.provider() != null
                ? List.of()
                : relaxations.suggest(
                        criteria,
                        text,
                        (c, t) -> count(rules.filter(c, plan.basis(), t.condition(), t.areaOrRemote(c))));
        return new SearchResponse(
                page.items(),
                total,
                plan.page(),
                plan.size(),
                plan.sort(),
                facets.count(filter, total),
                page.next(),
                page.previous(),
                approximate,
                criteria.isLiteral() || text.understanding().isEmpty() ? null : text.understood(criteria),
                suggestions);
    }

    private static boolean hasArea(SearchCriteria criteria) {
        return criteria.region() != null || criteria.department() != null;
    }

    private record Page(
            List<SearchResponse.Item> items,
            @Nullable String next,
            @Nullable String previous) {}

    /** Providers on site in a place typed come before those that would work remotely, then by text rank. */
    private Page byRelevance(SearchFilter filter, @Nullable String tsQuery, List<String> areas, SearchRules.Plan plan) {
        SearchFilter.Condition where = filter.where(Set.of());
        List<Object> params = new ArrayList<>(where.params());
        String order = " ORDER BY ";
        if (!areas.isEmpty()) {
            // on site there first, then based there (a remote provider from Metz for "backup Metz")
            order += "(s.facets && ?) DESC, (p.department_code = ANY (?)) DESC, ";
            params.add(areas.toArray(String[]::new));
            params.add(areas.stream()
                    .filter(a -> a.startsWith("dept:"))
                    .map(a -> a.substring("dept:".length()))
                    .toArray(String[]::new));
        }
        if (tsQuery != null) {
            order += "ts_rank(s.document, ?::tsquery) DESC, ";
            params.add(tsQuery);
        }
        order += "s.rating_sort DESC, s.provider_id DESC";
        params.add(plan.size());
        params.add((long) plan.page() * plan.size());
        List<SearchRows.Row> found =
                sql.query(COLUMNS + FROM + where.sql() + order + " LIMIT ? OFFSET ?", params, rows::read);
        return new Page(found.stream().map(SearchRows.Row::item).toList(), null, null);
    }

    private Page byKeyset(SearchFilter filter, SearchRules.Plan plan, SearchCriteria criteria) {
        Ordering ordering = plan.ordering();
        boolean backwards = criteria.before() != null;
        String cursorText = backwards ? criteria.before() : criteria.after();
        SearchFilter.Condition where = filter.where(Set.of());
        List<Object> params = new ArrayList<>(where.params());
        String statement = COLUMNS + FROM + where.sql();
        if (cursorText != null) {
            Cursor cursor = Cursor.decode(
                    backwards ? "before" : "after",
                    cursorText,
                    ordering.key(),
                    ordering.columns().size());
            statement += (where.sql().isEmpty() ? " WHERE " : " AND ") + ordering.beyond(backwards);
            cursor.values().forEach(v -> params.add(new BigDecimal(v)));
            params.add(cursor.id());
        }
        statement += ordering.orderBy(backwards) + " LIMIT ?";
        params.add(plan.size() + 1);
        if (cursorText == null && plan.page() > 0) {
            statement += " OFFSET ?";
            params.add((long) plan.page() * plan.size());
        }
        List<SearchRows.Row> found = new ArrayList<>(sql.query(statement, params, rows::read));
        boolean more = found.size() > plan.size();
        if (more) {
            found.remove(found.size() - 1);
        }
        if (backwards) {
            Collections.reverse(found);
        }
        boolean hasBefore = backwards ? more : cursorText != null || plan.page() > 0;
        boolean hasAfter = backwards || more;
        String next = hasAfter && !found.isEmpty()
                ? found.get(found.size() - 1).cursor(ordering).encode()
                : null;
        String previous =
                hasBefore && !found.isEmpty() ? found.get(0).cursor(ordering).encode() : null;
        return new Page(found.stream().map(SearchRows.Row::item).toList(), next, previous);
    }

    private long count(SearchFilter filter) {
        SearchFilter.Condition where = filter.where(Set.of());
        return sql.query("SELECT count(*) FROM provider_search s" + where.sql(), where.params(), r -> {
            r.next();
            return r.getLong(1);
        });
    }
}
