package io.vetted.web.search;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.PageContext;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What was searched, what came back with its facet counts, and the links to the neighbouring pages. */
public record SearchView(
        SearchForm form,
        VendorClient.SearchResults results,
        VendorModels.Catalog catalog,
        List<UUID> compared,
        boolean invalid) {

    public static final List<Integer> RESPONSE_TIMES = List.of(15, 30, 60, 120, 240, 480);
    public static final List<String> RATINGS = List.of("4.5", "4", "3.5", "3");
    public static final List<Integer> VERIFIED_MINIMUMS = List.of(1, 3, 5, 10);
    public static final List<String> PRICINGS =
            List.of("HOURLY", "MONTHLY_FLAT", "PER_SEAT", "PER_DEVICE", "PER_INTERVENTION", "PROJECT");
    public static final List<String> SORTS =
            List.of("RELEVANCE", "RATING", "PRICE", "RESPONSE_TIME", "VERIFIED_REFERENCES");

    /**
     * A facet count as shown: beyond vendor-service's count limit facets are counted among the
     * first matches only, so they read "312+".
     */
    public String shownCount(String dimension, String value) {
        return count(dimension, value) + (results.totalIsLowerBound() ? "+" : "");
    }

    public long count(String dimension, String value) {
        Map<String, Long> counts = results.facets().get(dimension);
        return counts == null ? 0 : counts.getOrDefault(value, 0L);
    }

    /** Languages some result speaks, most common first, plus any the visitor ticked. */
    public List<String> languages() {
        Map<String, Long> counts = results.facets().getOrDefault("language", Map.of());
        Set<String> shown = new LinkedHashSet<>(form.language());
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(12)
                .forEach(e -> shown.add(e.getKey()));
        return List.copyOf(shown);
    }

    public String sort() {
        return results.sort() != null ? results.sort() : form.q().isEmpty() ? "RATING" : "RELEVANCE";
    }

    public SearchHints hints(PageContext ctx) {
        return new SearchHints(ctx, this);
    }

    public boolean inComparison(UUID id) {
        return compared.contains(id);
    }

    public boolean filtered() {
        return !form.withoutPosition()
                .baseQuery()
                .replaceAll("(^|&)sort=[A-Z_]+", "")
                .replaceAll("(^|&)literal=true", "")
                .isEmpty();
    }

    @Nullable
    public String nextUrl() {
        if (results.nextCursor() != null) {
            return link("after=" + results.nextCursor());
        }
        boolean byNumber = "RELEVANCE".equals(results.sort()) || (results.previousCursor() == null && form.page() > 0);
        return byNumber && (long) (results.page() + 1) * results.size() < results.total()
                ? link("page=" + (results.page() + 1))
                : null;
    }

    @Nullable
    public String previousUrl() {
        if (results.previousCursor() != null) {
            return link("before=" + results.previousCursor());
        }
        return results.page() > 0 ? link("page=" + (results.page() - 1)) : null;
    }

    private String link(String position) {
        String base = form.baseQuery();
        return "/?" + (base.isEmpty() ? position : base + "&" + position);
    }
}
