package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The filters a search uses, one by one, and the same search without one of them or with another text. */
final class CriteriaEdits {

    record Filter(String parameter, @Nullable String value) {}

    private CriteriaEdits() {}

    static List<Filter> filters(SearchCriteria c) {
        List<Filter> found = new ArrayList<>();
        add(found, "kind", c.kind());
        SearchCriteria.orEmpty(c.mode()).forEach(v -> add(found, "mode", v));
        add(found, "region", c.region());
        add(found, "department", c.department());
        SearchCriteria.orEmpty(c.specialty()).forEach(v -> add(found, "specialty", v));
        SearchCriteria.orEmpty(c.language()).forEach(v -> add(found, "language", v));
        SearchCriteria.orEmpty(c.sector()).forEach(v -> add(found, "sector", v));
        // a ceiling needs its pricing model: dropping the model drops the ceiling, so only the ceiling is offered
        add(found, c.maxPrice() == null ? "pricing" : "maxPrice", c.maxPrice() == null ? c.pricing() : c.maxPrice());
        add(
                found,
                "afterHours",
                c.afterHours() == null || c.afterHours().name().equals("NONE") ? null : c.afterHours());
        add(found, "maxCriticalResponse", c.maxCriticalResponse());
        add(found, "noSubcontracting", Boolean.TRUE.equals(c.noSubcontracting()) ? "true" : null);
        SearchCriteria.orEmpty(c.certification()).forEach(v -> add(found, "certification", v));
        add(found, "verifiedOnly", Boolean.TRUE.equals(c.verifiedOnly()) ? "true" : null);
        add(found, "minRating", c.minRating());
        add(
                found,
                "minVerifiedReferences",
                c.minVerifiedReferences() == null || c.minVerifiedReferences() == 0 ? null : c.minVerifiedReferences());
        return found;
    }

    static SearchCriteria without(SearchCriteria c, Filter f) {
        String p = f.parameter();
        return new SearchCriteria(
                c.q(),
                p.equals("kind") ? null : c.kind(),
                less(c.mode(), p.equals("mode"), f.value()),
                p.equals("region") ? null : c.region(),
                p.equals("department") ? null : c.department(),
                less(c.specialty(), p.equals("specialty"), f.value()),
                less(c.language(), p.equals("language"), f.value()),
                less(c.sector(), p.equals("sector"), f.value()),
                p.equals("pricing") || p.equals("maxPrice") ? null : c.pricing(),
                p.equals("maxPrice") ? null : c.maxPrice(),
                p.equals("afterHours") ? null : c.afterHours(),
                p.equals("maxCriticalResponse") ? null : c.maxCriticalResponse(),
                p.equals("noSubcontracting") ? null : c.noSubcontracting(),
                less(c.certification(), p.equals("certification"), f.value()),
                p.equals("verifiedOnly") ? null : c.verifiedOnly(),
                p.equals("minRating") ? null : c.minRating(),
                p.equals("minVerifiedReferences") ? null : c.minVerifiedReferences(),
                null,
                null,
                null,
                null,
                null,
                c.literal(),
                c.publishedAfter(),
                c.provider());
    }

    @Nullable
    private static <T> List<T> less(@Nullable List<T> values, boolean applies, @Nullable String value) {
        if (!applies || values == null) {
            return values;
        }
        return values.stream().filter(v -> !String.valueOf(v).equals(value)).toList();
    }

    private static void add(List<Filter> found, String parameter, @Nullable Object value) {
        if (value != null) {
            found.add(new Filter(parameter, value instanceof BigDecimal d ? d.toPlainString() : value.toString()));
        }
    }
}
