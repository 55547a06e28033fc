package io.vetted.web.reference;

import io.micronaut.core.annotation.Introspected;
import io.vetted.web.page.PageContext;
import java.util.List;

/** The "How references work" page: what it lists comes from here, so the page and its test agree. */
@Introspected
public record HowReferencesWorkPage(PageContext ctx) {

    /** Each label with who vouched for it, as review-service's Label says; only the independent ones count as verified. */
    public record LabelRow(String label, String vouchedBy, boolean independent) {}

    public static final List<LabelRow> LABELS = List.of(
            new LabelRow("CLIENT_VERIFIED", "VETTED", true),
            new LabelRow("EVIDENCE_CHECKED", "MODERATOR", true),
            new LabelRow("INVITED_BY_PROVIDER", "PROVIDER", false),
            new LabelRow("ENGAGEMENT_CONFIRMED", "PROVIDER", false),
            new LabelRow("UNDER_DISPUTE", "PROVIDER", false),
            new LabelRow("NOT_VERIFIED", "NOBODY", false));

    /** The fraud flags that hold a reference "under review", riskiest first (docs/trust.md). */
    public static final List<String> REVIEW_REASONS =
            List.of("LINKED_ACCOUNTS", "REAPPEARED", "COMPANY_MISMATCH", "NEAR_DUPLICATE", "NEW_ACCOUNTS", "BURST");

    public static final List<String> REFUSALS = List.of("provider", "twice", "limit", "rating");

    public static final List<String> RETENTION = List.of("references", "revisions", "evidence", "linkage");
}
