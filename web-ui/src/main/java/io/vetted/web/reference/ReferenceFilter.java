package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;

/** The reader's choice of order and filters, cleaned of anything review-service would not know. */
public record ReferenceFilter(
        String sort,
        boolean verified,
        boolean current,
        @Nullable String criterion,
        int page) {

    public static final ReferenceFilter DEFAULT = new ReferenceFilter("RECENT", false, false, null, 0);

    static ReferenceFilter of(
            @Nullable String sort,
            @Nullable Boolean verified,
            @Nullable Boolean current,
            @Nullable String criterion,
            @Nullable Integer page) {
        return new ReferenceFilter(
                sort != null && ReferenceList.SORTS.contains(sort) ? sort : "RECENT",
                Boolean.TRUE.equals(verified),
                Boolean.TRUE.equals(current),
                criterion != null && ReferenceForm.CRITERIA.contains(criterion) ? criterion : null,
                page == null ? 0 : Math.max(0, Math.min(page, 1000)));
    }
}
