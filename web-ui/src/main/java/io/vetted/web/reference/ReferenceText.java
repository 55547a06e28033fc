package io.vetted.web.reference;

import io.vetted.web.backend.ReviewClient;
import io.vetted.web.page.PageContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How a reference's engagement reads in the visitor's language: "de mars 2023 à juin 2024". */
public final class ReferenceText {

    private ReferenceText() {}

    public static String period(PageContext ctx, ReviewClient.Engagement engagement) {
        return engagement.end() == null
                ? ctx.t("engagement.since", month(ctx, engagement.start()))
                : ctx.t("engagement.between", month(ctx, engagement.start()), month(ctx, engagement.end()));
    }

    public static String month(PageContext ctx, LocalDate date) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", ctx.locale()).format(date);
    }
}
