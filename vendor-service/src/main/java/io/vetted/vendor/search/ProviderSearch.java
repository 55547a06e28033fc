package io.vetted.vendor.search;

import io.micronaut.context.annotation.Value;
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

    /** The profile tables a result row reads, joined to {@code provider_search s}. */
    static final String JOINS = """

             JOIN provider p ON p.id = s.provider_id
             JOIN provider_sla sla ON sla.provider_id = s.provider_id
             JOIN provider_subcontracting sub ON sub.provider_id = s.provider_id""";

    private static final String FROM = "\n FROM provider_search s" + JOINS;
    static final String COLUMNS = """
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
    private final RelevancePage relevance;
    private final PlannerSettings settings;
    private final long countLimit;
    private final long rankCandidates;

    ProviderSearch(
            SqlRunner sql,
            SearchRules rules,
            SearchRows rows,
            FacetQueries facets,
            TextPlanner planner,
            Relaxations relaxations,
            RelevancePage relevance,
            PlannerSettings settings,
            @Value("${vetted.search.count-limit}") long countLimit,
            @Value("${vetted.search.rank-candidates}") long rankCandidates) {
        this.sql = sql;
        this.rules = rules;
        this.rows = rows;
        this.facets = facets;
        this.planner = planner;
        this.relaxations = relaxations;
        this.relevance = relevance;
        this.settings = settings;
        this.countLimit = countLimit;
        this.rankCandidates = rankCandidates;
    }

    @ReadOnly
    SearchResponse search(SearchCriteria criteria) {
        settings.apply();
        TextPlan text = planner.plan(criteria.q(), criteria.isLiteral(), hasArea(criteria));
        SearchRules.Plan plan = rules.plan(criteria, text.ranked());
        SearchFilter filter = rules.filter(criteria, plan.basis(), text.condition(), text.areaOrRemote(criteria));
        long total = boundedCount(filter);
        boolean approximate = false;
        // one provider asked about gets a yes or no: the tolerance would let in what the full search would not
        if (total == 0 && criteria.provider() == null) {
            SearchFilter.Condition fuzzy = text.fuzzy();
            if (fuzzy != null) {
                SearchFilter tolerant = filter.withText(fuzzy);
                long tolerantTotal = boundedCount(tolerant);
                if (tolerantTotal > 0) {
                    filter = tolerant;
                    total = tolerantTotal;
                    approximate = true;
                }
            }
        }
        boolean lowerBound = total > countLimit;
        total = Math.min(total, countLimit);
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
                lowerBound,
                plan.page(),
                plan.size(),
                plan.sort(),
                facets.count(filter, total, lowerBound),
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

    private Page byRelevance(SearchFilter filter, @Nullable String tsQuery, List<String> areas, SearchRules.Plan plan) {
        List<SearchRows.Row> found = relevance.read(filter, tsQuery, areas, plan, rankCandidates);
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

    /** The matches up to the count limit plus one: one more says there are more than the limit. */
    private long boundedCount(SearchFilter filter) {
        SearchFilter.Condition where = filter.where(Set.of());
        List<Object> params = new ArrayList<>(where.params());
        params.add(countLimit + 1);
        String statement =
                "SELECT count(*) FROM (SELECT 1 FROM provider_search s" + where.sql() + " LIMIT ?) AS bounded";
        return sql.query(statement, params, r -> {
            r.next();
            return r.getLong(1);
        });
    }

    /** Exact, for the suggestions of an empty search: rare, and their counts are shown as they are. */
    private long count(SearchFilter filter) {
        SearchFilter.Condition where = filter.where(Set.of());
        return sql.query("SELECT count(*) FROM provider_search s" + where.sql(), where.params(), r -> {
            r.next();
            return r.getLong(1);
        });
    }
}
