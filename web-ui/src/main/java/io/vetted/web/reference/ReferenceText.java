package io.vetted.web.reference;

import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.LocalFormats;
import io.vetted.web.page.PageContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How parts of a reference read in the visitor's language: its engagement ("de mars 2023 à juin
 * 2024"), why it is under review, what an edit changed.
 */
public final class ReferenceText {

    private ReferenceText() {}

    public static String period(PageContext ctx, ReviewClient.Engagement engagement) {
        return engagement.end() == null
                ? ctx.t("engagement.since", month(ctx, engagement.start()))
                : ctx.t("engagement.between", month(ctx, engagement.start()), month(ctx, engagement.end()));
    }

    public static String month(PageContext ctx, LocalDate date) {
        return LocalFormats.pattern("MMMM yyyy", ctx.locale()).format(date);
    }

    /** The reason in the visitor's language; review-service's English wording for a kind this site does not know yet. */
    public static String reason(PageContext ctx, ReviewClient.Reason reason) {
        return ctx.messages().find("underReview.reason." + reason.kind()).orElse(reason.explanation());
    }

    /** What a substantive edit changed: "note, dates". */
    public static String changes(PageContext ctx, List<String> changes) {
        return changes.stream()
                .map(change -> ctx.messages().find("change." + change).orElse(change))
                .collect(Collectors.joining(", "));
    }
}
