package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of results. {@code total} is exact up to the search's count limit (1,000 by default);
 * beyond it, {@code total} is that limit and {@code totalIsLowerBound} says there are more (the
 * facets are then counted among the first matches only, lower bounds too). Ordered by relevance,
 * pages are numbered ({@code page}); in every other order {@code nextCursor} / {@code
 * previousCursor} lead to the neighbouring pages through the index. {@code facets} counts, per
 * filter and value, the results that filter would leave. {@code approximate} says the text matched
 * only with spelling tolerance; {@code understood} what was read in the text (null when nothing
 * was, or with {@code literal}); {@code suggestions}, when nothing matched, what to drop to find
 * some.
 */
@Serdeable
public record SearchResponse(
        List<Item> items,
        long total,
        boolean totalIsLowerBound,
        int page,
        int size,
        SearchSort sort,
        Map<String, Map<String, Long>> facets,
        @Nullable String nextCursor,
        @Nullable String previousCursor,
        boolean approximate,
        @Nullable Understanding understood,
        List<Suggestion> suggestions) {

    /**
     * A provider in the results. {@code fromPrices} is the lowest price per basis (the higher of
     * today's and any announced one); {@code certifications} and {@code verifiedCertifications}
     * list its compliance claims, all and moderator-verified.
     */
    @Serdeable
    public record Item(
            UUID id,
            String name,
            String kind,
            String city,
            List<String> deliveryModes,
            List<String> specialties,
            @Nullable BigDecimal averageRating,
            int referenceCount,
            @Nullable BigDecimal bayesianRating,
            int verifiedReferenceCount,
            @Nullable String regionCode,
            @Nullable Integer teamSize,
            @Nullable String afterHours,
            @Nullable Integer criticalResponseMinutes,
            @Nullable Boolean subcontracts,
            Map<String, BigDecimal> fromPrices,
            List<String> certifications,
            List<String> verifiedCertifications) {}
}
