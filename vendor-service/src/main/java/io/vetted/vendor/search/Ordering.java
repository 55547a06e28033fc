package io.vetted.vendor.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A keyset-paginated order: sort-key columns (never null, see V8) plus the provider id as the tie
 * breaker, all in one direction so that a row-value comparison finds the next page through the index.
 */
record Ordering(String key, List<String> columns, boolean descending) {

    static Ordering of(SearchSort sort, PriceBasis basis) {
        return switch (sort) {
            case RELEVANCE, RATING -> new Ordering("RATING", List.of("s.rating_sort"), true);
            case PRICE -> new Ordering("PRICE_" + basis, List.of("s." + basis.column() + "_sort"), false);
            case RESPONSE_TIME -> new Ordering("RESPONSE_TIME", List.of("s.response_sort"), false);
            case VERIFIED_REFERENCES ->
                new Ordering("VERIFIED_REFERENCES", List.of("s.verified_reference_count", "s.rating_sort"), true);
        };
    }

    List<String> keyColumns() {
        List<String> all = new ArrayList<>(columns);
        all.add("s.provider_id");
        return all;
    }

    /** ORDER BY, reversed when reading backwards to the previous page. */
    String orderBy(boolean backwards) {
        String direction = descending != backwards ? " DESC" : " ASC";
        return " ORDER BY " + keyColumns().stream().map(c -> c + direction).collect(Collectors.joining(", "));
    }

    /** The rows after (or, backwards, before) the cursor's row, in this order. */
    String beyond(boolean backwards) {
        String operator = descending != backwards ? "<" : ">";
        String placeholders = String.join(", ", Collections.nCopies(columns.size() + 1, "?"));
        return "(" + String.join(", ", keyColumns()) + ") " + operator + " (" + placeholders + ")";
    }
}
