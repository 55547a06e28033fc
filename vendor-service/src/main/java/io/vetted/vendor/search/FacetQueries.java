package io.vetted.vendor.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facet counts under the current filters; a single-choice filter in use (kind, region, ...) is left
 * out when counting its own values, so the alternatives show what switching would give. Each
 * statement reads at most the count limit plus one matches: the counts are exact when the total is
 * (its alternatives' too while they have no more matches than that), lower bounds beyond. Counting
 * a few hundred providers takes milliseconds, so counts over more than {@value #FRESH} matches may
 * be up to a minute old; narrower ones are computed for each search.
 */
@Singleton
class FacetQueries {

    static final long FRESH = 200;

    private final SqlRunner sql;
    private final long countLimit;
    private final Cache<List<Object>, Map<String, Map<String, Long>>> broad = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterWrite(Duration.ofSeconds(60))
            .build();

    FacetQueries(SqlRunner sql, @Value("${vetted.search.count-limit}") long countLimit) {
        this.sql = sql;
        this.countLimit = countLimit;
    }

    Map<String, Map<String, Long>> count(SearchFilter filter, long total, boolean lowerBound) {
        if (!lowerBound && total <= FRESH) {
            return countNow(filter);
        }
        SearchFilter.Condition where = filter.where(Set.of());
        List<Object> key = new ArrayList<>();
        key.add(where.sql());
        where.params().forEach(p -> key.add(p instanceof String[] array ? List.of(array) : p));
        return broad.get(key, k -> countNow(filter));
    }

    private Map<String, Map<String, Long>> countNow(SearchFilter filter) {
        FacetCounts counts = new FacetCounts();
        counts.addAll(tokens(filter.where(Set.of()), null));
        for (String prefix : FacetCounts.SINGLE_CHOICE) {
            if (filter.hasToken(prefix)) {
                counts.replace(prefix, tokens(filter.where(Set.of(prefix)), prefix));
            }
        }
        return counts.asMap();
    }

    private Map<String, Long> tokens(SearchFilter.Condition where, @Nullable String prefix) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(countLimit + 1);
        String statement = "SELECT f, count(*) FROM (SELECT s.facets FROM provider_search s" + where.sql()
                + " LIMIT ?) AS m CROSS JOIN LATERAL unnest(m.facets) AS f";
        if (prefix != null) {
            statement += " WHERE f LIKE ?";
            params.add(prefix + "%");
        }
        return sql.query(statement + " GROUP BY f", params, rows -> {
            Map<String, Long> found = new HashMap<>();
            while (rows.next()) {
                found.put(rows.getString(1), rows.getLong(2));
            }
            return found;
        });
    }
}
