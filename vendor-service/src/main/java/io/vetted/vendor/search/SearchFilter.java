package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A search's conditions on {@code provider_search s}: the text match, the facet tokens that must
 * all be present (one GIN index), and the range conditions (one B-tree index each).
 */
final class SearchFilter {

    record Condition(String sql, List<Object> params) {}

    @Nullable
    private final Condition text;

    private final List<String> tokens;
    private final List<Condition> ranges;
    private final List<String> anyOf;

    /** {@code anyOf}: tokens of which one at least must be present (a place typed, or remote work). */
    SearchFilter(@Nullable Condition text, List<String> tokens, List<Condition> ranges, List<String> anyOf) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.ranges = List.copyOf(ranges);
        this.anyOf = List.copyOf(anyOf);
    }

    SearchFilter withText(Condition replacement) {
        return new SearchFilter(replacement, tokens, ranges, anyOf);
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
        if (!anyOf.isEmpty()) {
            clauses.add("s.facets && ?");
            params.add(anyOf.toArray(String[]::new));
        }
        for (Condition range : ranges) {
            clauses.add(range.sql());
            params.addAll(range.params());
        }
        return new Condition(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }
}
