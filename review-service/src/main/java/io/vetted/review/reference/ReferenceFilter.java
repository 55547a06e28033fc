package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;

/**
 * Which of a provider's references to list. {@code criterion} keeps those that rated it and makes
 * HIGHEST/LOWEST sort by it. References under review and hidden ones (as their moderation notice)
 * show only unfiltered; "verified only" means verified independently of the provider.
 */
record ReferenceFilter(
        boolean verifiedOnly,
        boolean currentClientsOnly,
        @Nullable Criterion criterion,
        ReferenceSort sort) {

    boolean unfiltered() {
        return !verifiedOnly && !currentClientsOnly && criterion == null;
    }

    String where() {
        StringBuilder where = new StringBuilder("provider_id = ? AND (status = 'PUBLISHED'");
        where.append(unfiltered() ? " OR status IN ('UNDER_REVIEW', 'HIDDEN'))" : ")");
        if (verifiedOnly) {
            // independent levels only: the provider's invitation or confirmation is its own word
            where.append(" AND (verification_check = 'VERIFIED' OR verification_evidence_checked_at IS NOT NULL)");
        }
        if (currentClientsOnly) {
            where.append(" AND engagement_end IS NULL");
        }
        if (criterion != null) {
            where.append(" AND ").append(criterion.column()).append(" IS NOT NULL");
        }
        return where.toString();
    }

    String orderBy() {
        String rating = criterion == null ? "rating" : criterion.column();
        return switch (sort) {
            case RECENT -> "created_at DESC, id";
            case HIGHEST -> rating + " DESC NULLS LAST, created_at DESC, id";
            case LOWEST -> rating + " ASC NULLS LAST, created_at DESC, id";
        };
    }
}
