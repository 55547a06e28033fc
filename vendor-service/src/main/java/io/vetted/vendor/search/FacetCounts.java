package io.vetted.vendor.search;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facet tokens ({@code spec:HELPDESK}) counted into {@code specialty → HELPDESK → n}. The token
 * prefixes are those {@code refresh_provider_search} writes.
 */
final class FacetCounts {

    /** Filters that take one value: their own counts are taken without them. */
    static final List<String> SINGLE_CHOICE = List.of("kind:", "region:", "dept:", "after:", "pricing:");

    private static final Map<String, String> DIMENSIONS = Map.ofEntries(
            Map.entry("kind", "kind"),
            Map.entry("mode", "mode"),
            Map.entry("spec", "specialty"),
            Map.entry("lang", "language"),
            Map.entry("region", "region"),
            Map.entry("dept", "department"),
            Map.entry("after", "afterHours"),
            Map.entry("claim", "certification"),
            Map.entry("claimv", "verifiedCertification"),
            Map.entry("pricing", "pricing"),
            Map.entry("sector", "sector"),
            Map.entry("subcontracting", "subcontracting"));

    private final Map<String, Map<String, Long>> counts = new TreeMap<>();

    void addAll(Map<String, Long> tokens) {
        tokens.forEach((token, count) -> {
            int colon = token.indexOf(':');
            String dimension = DIMENSIONS.get(token.substring(0, colon));
            if (dimension != null) {
                counts.computeIfAbsent(dimension, d -> new TreeMap<>()).put(token.substring(colon + 1), count);
            }
        });
    }

    void replace(String prefix, Map<String, Long> tokens) {
        counts.remove(DIMENSIONS.get(prefix.substring(0, prefix.length() - 1)));
        addAll(tokens);
    }

    Map<String, Map<String, Long>> asMap() {
        return counts;
    }
}
