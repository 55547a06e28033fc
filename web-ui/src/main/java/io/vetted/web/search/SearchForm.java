package io.vetted.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.value.ConvertibleMultiValues;
import io.micronaut.core.convert.value.MutableConvertibleMultiValuesMap;
import io.vetted.web.backend.VendorClient;
import io.vetted.web.page.Amounts;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search as the visitor's query string states it. Values that cannot mean anything (a price
 * that is not a number, a code with odd characters) are dropped rather than sent on.
 */
public record SearchForm(
        String q,
        @Nullable String kind,
        List<String> mode,
        @Nullable String region,
        @Nullable String department,
        List<String> specialty,
        List<String> language,
        List<String> sector,
        @Nullable String pricing,
        @Nullable BigDecimal maxPrice,
        @Nullable String afterHours,
        @Nullable Integer maxCriticalResponse,
        boolean noSubcontracting,
        List<String> certification,
        boolean verifiedOnly,
        @Nullable BigDecimal minRating,
        @Nullable Integer minVerifiedReferences,
        @Nullable String sort,
        int page,
        @Nullable String after,
        @Nullable String before,
        boolean literal) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,300}");
    static final int PAGE_SIZE = 20;

    static SearchForm of(ConvertibleMultiValues<String> params) {
        String q = params.getFirst("q").map(String::strip).orElse("");
        return new SearchForm(
                q.length() > 200 ? q.substring(0, 200) : q,
                code(params, "kind"),
                codes(params, "mode"),
                code(params, "region"),
                code(params, "department"),
                codes(params, "specialty"),
                codes(params, "language"),
                codes(params, "sector"),
                code(params, "pricing"),
                price(params, "maxPrice"),
                code(params, "afterHours"),
                number(params, "maxCriticalResponse"),
                flag(params, "noSubcontracting"),
                codes(params, "certification"),
                flag(params, "verifiedOnly"),
                decimal(params, "minRating"),
                number(params, "minVerifiedReferences"),
                code(params, "sort"),
                Math.max(0, Math.min(1000, number(params, "page") == null ? 0 : number(params, "page"))),
                cursor(params, "after"),
                cursor(params, "before"),
                flag(params, "literal"));
    }

    VendorClient.SearchQuery query() {
        return query(page, PAGE_SIZE, after, before, null);
    }

    /**
     * The providers of this search published since {@code since}: only the count is read
     * ({@code total}), so one result is asked for.
     */
    public VendorClient.SearchQuery publishedSince(Instant since) {
        return query(0, 1, null, null, since);
    }

    /** A saved search's query string, read as the search page reads its address. */
    public static SearchForm ofQueryString(String queryString) {
        MutableConvertibleMultiValuesMap<String> params = new MutableConvertibleMultiValuesMap<>();
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.add(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return of(params);
    }

    private VendorClient.SearchQuery query(
            int page, int size, @Nullable String after, @Nullable String before, @Nullable Instant since) {
        return new VendorClient.SearchQuery(
                q.isEmpty() ? null : q,
                kind,
                orNull(mode),
                region,
                department,
                orNull(specialty),
                orNull(language),
                orNull(sector),
                apiPricing(),
                maxPrice,
                afterHours,
                maxCriticalResponse,
                noSubcontracting ? true : null,
                orNull(certification),
                verifiedOnly ? true : null,
                minRating,
                minVerifiedReferences,
                sort,
                page,
                size,
                after,
                before,
                literal ? "true" : null,
                since);
    }

    /** The client would send an empty list as an empty parameter, which reads as an invalid value. */
    @Nullable
    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    public boolean has(List<String> values, String value) {
        return values.contains(value);
    }

    public String maxPriceText() {
        return maxPrice == null ? "" : maxPrice.stripTrailingZeros().toPlainString();
    }

    /** The query string of this search without its position, to start pages and links from. */
    public String baseQuery() {
        return queryString(pricing, sort);
    }

    /**
     * The same search as vendor-service's search API reads it (as {@link #query()} sends it, without
     * position or order): buyer-service keeps it with a saved search to tell which new providers it finds.
     */
    public String vendorQuery() {
        return queryString(apiPricing(), null);
    }

    /** A ceiling needs a pricing model: vendor-service reads it against hourly rates unless one is chosen. */
    @Nullable
    private String apiPricing() {
        return maxPrice == null && pricing == null ? null : pricing == null ? "HOURLY" : pricing;
    }

    private String queryString(@Nullable String pricing, @Nullable String sort) {
        List<String> parts = new ArrayList<>();
        add(parts, "q", q.isEmpty() ? null : q);
        add(parts, "kind", kind);
        mode.forEach(m -> add(parts, "mode", m));
        add(parts, "region", region);
        add(parts, "department", department);
        specialty.forEach(s -> add(parts, "specialty", s));
        language.forEach(l -> add(parts, "language", l));
        sector.forEach(s -> add(parts, "sector", s));
        add(parts, "pricing", pricing);
        add(parts, "maxPrice", maxPrice == null ? null : maxPriceText());
        add(parts, "afterHours", afterHours);
        add(parts, "maxCriticalResponse", maxCriticalResponse == null ? null : maxCriticalResponse.toString());
        add(parts, "noSubcontracting", noSubcontracting ? "true" : null);
        certification.forEach(c -> add(parts, "certification", c));
        add(parts, "verifiedOnly", verifiedOnly ? "true" : null);
        add(parts, "minRating", minRating == null ? null : minRating.toPlainString());
        add(parts, "minVerifiedReferences", minVerifiedReferences == null ? null : minVerifiedReferences.toString());
        add(parts, "sort", sort);
        add(parts, "literal", literal ? "true" : null);
        return String.join("&", parts);
    }

    SearchForm withoutPosition() {
        return new SearchForm(
                q,
                kind,
                mode,
                region,
                department,
                specialty,
                language,
                sector,
                pricing,
                maxPrice,
                afterHours,
                maxCriticalResponse,
                noSubcontracting,
                certification,
                verifiedOnly,
                minRating,
                minVerifiedReferences,
                sort,
                0,
                null,
                null,
                literal);
    }

    private static void add(List<String> parts, String name, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    @Nullable
    private static String code(ConvertibleMultiValues<String> params, String name) {
        return params.getFirst(name)
                .map(String::strip)
                .filter(v -> CODE.matcher(v).matches())
                .orElse(null);
    }

    private static List<String> codes(ConvertibleMultiValues<String> params, String name) {
        return params.getAll(name).stream()
                .map(String::strip)
                .filter(v -> CODE.matcher(v).matches())
                .distinct()
                .limit(16)
                .toList();
    }

    @Nullable
    private static String cursor(ConvertibleMultiValues<String> params, String name) {
        return params.getFirst(name).filter(v -> CURSOR.matcher(v).matches()).orElse(null);
    }

    private static boolean flag(ConvertibleMultiValues<String> params, String name) {
        return Set.of("true", "on", "1").contains(params.getFirst(name).orElse(""));
    }

    @Nullable
    private static Integer number(ConvertibleMultiValues<String> params, String name) {
        try {
            return params.getFirst(name)
                    .filter(v -> !v.isBlank())
                    .map(v -> Integer.valueOf(v.strip()))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static BigDecimal price(ConvertibleMultiValues<String> params, String name) {
        return params.getFirst(name).flatMap(Amounts::parse).orElse(null);
    }

    @Nullable
    private static BigDecimal decimal(ConvertibleMultiValues<String> params, String name) {
        try {
            return params.getFirst(name)
                    .filter(v -> !v.isBlank())
                    .map(v -> new BigDecimal(v.strip().replace(" ", "").replace(',', '.')))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
