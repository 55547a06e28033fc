package io.vetted.vendor.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * out when counting its own values, so the alternatives show what switching would give. Counting
 * over thousands of providers takes tens of milliseconds or more, so those counts may be up to a
 * minute old; narrower ones are always exact.
 */
@Singleton
class FacetQueries {

    private static final long BROAD = 2000;

    private final SqlRunner sql;
    private final Cache<List<Object>, Map<String, Map<String, Long>>> broad = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterWrite(Duration.ofSeconds(60))
            .build();

    FacetQueries(SqlRunner sql) {
        this.sql = sql;
    }

    Map<String, Map<String, Long>> count(SearchFilter filter, long total) {
        if (total <= BROAD) {
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
        String statement =
                "SELECT f, count(*) FROM provider_search s CROSS JOIN LATERAL unnest(s.facets) AS f" + where.sql();
        if (prefix != null) {
            statement += (where.sql().isEmpty() ? " WHERE " : " AND ") + "f LIKE ?";
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
