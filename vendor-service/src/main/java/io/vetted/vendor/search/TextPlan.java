package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.vetted.vendor.provider.DeliveryMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a search as conditions on {@code provider_search s}: the remaining words (one tsquery),
 * each meaning (its terms or its specialties), and the places as facet tokens; {@code rank} is the
 * tsquery results are ordered by.
 */
record TextPlan(
        @Nullable SearchFilter.Condition words,
        List<String> plainWords,
        List<SearchFilter.Condition> meanings,
        List<String> areas,
        @Nullable String rank,
        Understanding understanding) {

    static final TextPlan NONE = new TextPlan(null, List.of(), List.of(), List.of(), null, empty());

    static Understanding empty() {
        return new Understanding(List.of(), true, List.of(), List.of());
    }

    /** Whether results can be ordered by how well they match the text. */
    boolean ranked() {
        return rank != null || !areas.isEmpty();
    }

    /**
     * Providers on site in one of the places, or working remotely, when places were typed; only on
     * site there when the buyer asked for on-site work alone.
     */
    List<String> areaOrRemote(SearchCriteria criteria) {
        if (areas.isEmpty() || onSiteOnly(criteria)) {
            return areas;
        }
        List<String> tokens = new ArrayList<>(areas);
        tokens.add("mode:REMOTE");
        return tokens;
    }

    /** What was read, saying whether remote providers were let in. */
    Understanding understood(SearchCriteria criteria) {
        Understanding u = understanding;
        return new Understanding(u.places(), !onSiteOnly(criteria), u.meanings(), u.ignored());
    }

    private static boolean onSiteOnly(SearchCriteria criteria) {
        List<DeliveryMode> modes = SearchCriteria.orEmpty(criteria.mode());
        return modes.contains(DeliveryMode.ON_SITE) && !modes.contains(DeliveryMode.REMOTE);
    }

    @Nullable
    SearchFilter.Condition condition() {
        return join(words, meanings);
    }

    /** The condition with spelling tolerance on the remaining words, or null when there are none. */
    @Nullable
    SearchFilter.Condition fuzzy() {
        SearchFilter.Condition tolerant = SearchRules.fuzzy(String.join(" ", plainWords));
        return tolerant == null ? null : join(tolerant, meanings);
    }

    @Nullable
    private static SearchFilter.Condition join(
            @Nullable SearchFilter.Condition first, List<SearchFilter.Condition> others) {
        List<String> sql = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (first != null) {
            sql.add(first.sql());
            params.addAll(first.params());
        }
        for (SearchFilter.Condition c : others) {
            sql.add(c.sql());
            params.addAll(c.params());
        }
        return sql.isEmpty() ? null : new SearchFilter.Condition(String.join(" AND ", sql), params);
    }
}
