package io.vetted.web.moderation;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/** The moderator's view of the queue: order, one kind of case, one provider, a page; cleaned of anything review-service would refuse. */
public record CaseFilter(
        String sort, @Nullable String kind, @Nullable UUID providerId, int page) {

    public static final List<String> SORTS = List.of("RISK", "AGE");

    /** review-service's case kinds, riskiest first (docs/trust.md). */
    public static final List<String> KINDS = List.of(
            "LINKED_ACCOUNTS",
            "REAPPEARED",
            "COMPANY_MISMATCH",
            "NEAR_DUPLICATE",
            "DISPUTE",
            "REPORT",
            "EVIDENCE",
            "NEW_ACCOUNTS",
            "BURST",
            "REPLY_REPORT",
            "MEMBERSHIP_UNCHECKED");

    static final int PAGE_SIZE = 20;

    static CaseFilter of(
            @Nullable String sort, @Nullable String kind, @Nullable UUID providerId, @Nullable Integer page) {
        return new CaseFilter(
                sort != null && SORTS.contains(sort) ? sort : "RISK",
                kind != null && KINDS.contains(kind) ? kind : null,
                providerId,
                page == null ? 0 : Math.max(0, Math.min(page, 10_000)));
    }

    /** This view's address with another page, or narrowed to one provider. */
    public String url(int otherPage) {
        return url(providerId, otherPage);
    }

    public String forProvider(UUID provider) {
        return url(provider, 0);
    }

    public String allProviders() {
        return url(null, 0);
    }

    private String url(@Nullable UUID provider, int otherPage) {
        StringJoiner query = new StringJoiner("&", "/moderation?", "");
        query.add("sort=" + sort);
        if (kind != null) {
            query.add("kind=" + kind);
        }
        if (provider != null) {
            query.add("provider=" + provider);
        }
        if (otherPage > 0) {
            query.add("page=" + otherPage);
        }
        return query.toString();
    }
}
