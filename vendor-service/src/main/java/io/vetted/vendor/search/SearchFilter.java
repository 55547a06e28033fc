package io.vetted.vendor.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A search's conditions on {@code provider_search s}: the text match, the facet tokens that must
 * all be present (one GIN index), and the range conditions (one B-tree index each).
 */
final class SearchFilter {

    record Condition(String sql, List<Object> params) {}

    private final Condition text;
    private final List<String> tokens;
    private final List<Condition> ranges;

    SearchFilter(Condition text, List<String> tokens, List<Condition> ranges) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.ranges = List.copyOf(ranges);
    }

    SearchFilter withText(Condition replacement) {
        return new SearchFilter(replacement, tokens, ranges);
    }

    boolean hasToken(String prefix) {
        return tokens.stream().anyMatch(t -> t.startsWith(prefix));
    }

    /** The WHERE clause and its parameters, leaving out the tokens of the {@code excluded} facet dimensions. */
    Condition where(Set<String> excluded) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (text != null) {
            clauses.add(text.sql());
            params.addAll(text.params());
        }
        List<String> required = tokens.stream()
                .filter(t -> excluded.stream().noneMatch(prefix -> t.startsWith(prefix)))
                .toList();
        if (!required.isEmpty()) {
            clauses.add("s.facets @> ?");
            params.add(required.toArray(String[]::new));
        }
        for (Condition range : ranges) {
            clauses.add(range.sql());
            params.addAll(range.params());
        }
        return new Condition(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }
}
