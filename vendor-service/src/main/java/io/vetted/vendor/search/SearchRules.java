package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.catalog.FrenchAreas;
import io.vetted.vendor.catalog.IsoCodes;
import io.vetted.vendor.sla.AfterHours;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Turns search criteria into an order and the filter conditions, refusing what cannot mean anything. */
@Singleton
class SearchRules {

    private final FrenchAreas areas;

    SearchRules(FrenchAreas areas) {
        this.areas = areas;
    }

    record Plan(SearchSort sort, PriceBasis basis, Ordering ordering, int page, int size) {}

    Plan plan(SearchCriteria c, boolean hasText) {
        if (c.region() != null && !areas.isRegion(c.region())) {
            throw badParameter("region", "is not a French region code");
        }
        if (c.department() != null && !areas.isDepartment(c.department())) {
            throw badParameter("department", "is not a French department code");
        }
        List<String> languages = SearchCriteria.orEmpty(c.language());
        for (int i = 0; i < languages.size(); i++) {
            if (!IsoCodes.isLanguage(languages.get(i))) {
                throw badParameter("language[" + i + "]", "is not an ISO 639-1 language code");
            }
        }
        PriceBasis basis = c.pricing() == null ? PriceBasis.HOURLY : c.pricing();
        if (c.maxPrice() != null && (c.pricing() == null || c.pricing() == PriceBasis.PROJECT)) {
            throw badParameter("pricing", "a price ceiling needs the pricing it applies to (not PROJECT)");
        }
        SearchSort sort = c.sort() == null || c.sort() == SearchSort.RELEVANCE
                ? (hasText ? SearchSort.RELEVANCE : SearchSort.RATING)
                : c.sort();
        if (sort == SearchSort.PRICE && basis == PriceBasis.PROJECT) {
            throw badParameter("sort", "projects are quoted on request and cannot be sorted by price");
        }
        if (c.after() != null && c.before() != null) {
            throw badParameter("before", "give either after or before, not both");
        }
        if (sort == SearchSort.RELEVANCE && (c.after() != null || c.before() != null)) {
            throw badParameter(c.after() != null ? "after" : "before", "results by relevance are paged by number");
        }
        return new Plan(sort, basis, Ordering.of(sort, basis), c.pageOrFirst(), c.sizeOrDefault());
    }

    SearchFilter filter(SearchCriteria c, PriceBasis basis, @Nullable SearchFilter.Condition text, List<String> anyOf) {
        List<String> tokens = new ArrayList<>();
        if (c.kind() != null) {
            tokens.add("kind:" + c.kind());
        }
        SearchCriteria.orEmpty(c.mode()).forEach(m -> tokens.add("mode:" + m));
        if (c.region() != null) {
            tokens.add("region:" + c.region());
        }
        if (c.department() != null) {
            tokens.add("dept:" + c.department());
        }
        SearchCriteria.orEmpty(c.specialty()).forEach(s -> tokens.add("spec:" + s));
        SearchCriteria.orEmpty(c.language()).forEach(l -> tokens.add("lang:" + l));
        SearchCriteria.orEmpty(c.sector()).forEach(s -> tokens.add("sector:" + s));
        if (c.pricing() != null) {
            tokens.add("pricing:" + c.pricing());
        }
        if (c.afterHours() != null && c.afterHours() != AfterHours.NONE) {
            tokens.add("after:" + c.afterHours());
        }
        if (Boolean.TRUE.equals(c.noSubcontracting())) {
            tokens.add("subcontracting:NONE");
        }
        String claim = Boolean.TRUE.equals(c.verifiedOnly()) ? "claimv:" : "claim:";
        SearchCriteria.orEmpty(c.certification()).forEach(t -> tokens.add(claim + t));

        List<SearchFilter.Condition> ranges = new ArrayList<>();
        if (c.maxPrice() != null) {
            ranges.add(new SearchFilter.Condition("s." + basis.column() + "_sort <= ?", List.of(c.maxPrice())));
        }
        if (c.maxCriticalResponse() != null) {
            ranges.add(new SearchFilter.Condition("s.response_sort <= ?", List.of(c.maxCriticalResponse())));
        }
        if (c.minRating() != null) {
            ranges.add(new SearchFilter.Condition("s.average_rating >= ?", List.<Object>of(c.minRating())));
        }
        if (c.minVerifiedReferences() != null && c.minVerifiedReferences() > 0) {
            ranges.add(
                    new SearchFilter.Condition("s.verified_reference_count >= ?", List.of(c.minVerifiedReferences())));
        }
        if (c.publishedAfter() != null) {
            // timestamptz binds from OffsetDateTime (the driver has no Instant); V24's index serves it
            ranges.add(new SearchFilter.Condition(
                    "s.published_at > ?", List.of(OffsetDateTime.ofInstant(c.publishedAfter(), ZoneOffset.UTC))));
        }
        if (c.provider() != null) {
            ranges.add(new SearchFilter.Condition("s.provider_id = ?", List.of(c.provider())));
        }
        return new SearchFilter(text, tokens, ranges, anyOf);
    }

    /**
     * Spelling tolerance for when full text finds nothing: every word of three letters or more must
     * resemble a word of a provider's name, city or specialties (trigram word similarity).
     */
    @Nullable
    static SearchFilter.Condition fuzzy(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<Object> words = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3)
                .distinct()
                .limit(6)
                .map(w -> (Object) w)
                .toList();
        if (words.isEmpty()) {
            return null;
        }
        String sql = String.join(" AND ", Collections.nCopies(words.size(), "s.fuzzy_text %> ?"));
        return new SearchFilter.Condition("(" + sql + ")", words);
    }

    private static RuntimeException badParameter(String name, String message) {
        return ApiProblems.invalidField(HttpStatus.BAD_REQUEST, name, message);
    }
}
