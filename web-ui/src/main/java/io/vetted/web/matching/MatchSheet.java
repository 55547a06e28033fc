package io.vetted.web.matching;

import io.vetted.web.page.PageContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Words a match line or a cost line: the requirement, what was asked and the provider's own figure. */
public final class MatchSheet {

    private final PageContext ctx;

    MatchSheet(PageContext ctx) {
        this.ctx = ctx;
    }

    public String line(MatchingClient.Line line) {
        String required = line.required();
        String actual = line.actual();
        return switch (line.requirement()) {
            case "SPECIALTIES" ->
                ctx.t("matching.line.SPECIALTIES", names("specialty.", required), names("specialty.", actual));
            case "ON_SITE" -> ctx.t("matching.line.ON_SITE", list(required), list(actual));
            case "AFTER_HOURS" ->
                ctx.t(
                        "matching.line.AFTER_HOURS",
                        ctx.t("afterHours." + required),
                        actual == null ? ctx.t("matching.notStated") : ctx.t("afterHours." + actual));
            case "CRITICAL_RESPONSE" ->
                actual == null
                        ? ctx.t("matching.line.CRITICAL_RESPONSE.none", required)
                        : ctx.t("matching.line.CRITICAL_RESPONSE", actual, required);
            case "CERTIFICATION" ->
                ctx.t(
                        "matching.line.CERTIFICATION",
                        ctx.t("topic." + line.subject()),
                        ctx.t("matching.level." + required),
                        ctx.t("matching.claim." + (actual == null ? "NONE" : actual)));
            case "BUDGET" ->
                actual == null
                        ? ctx.t("matching.line.BUDGET.none", ctx.money(new BigDecimal(required)))
                        : ctx.t(
                                "matching.line.BUDGET",
                                ctx.money(new BigDecimal(actual)),
                                ctx.money(new BigDecimal(required)));
            case "SUBCONTRACTING" -> ctx.t("matching.line.SUBCONTRACTING." + (actual == null ? "none" : actual));
            default -> line.requirement();
        };
    }

    public String working(MatchingClient.CostLine line) {
        return ctx.t("estimate.working." + line.basis(), line.quantity(), ctx.money(line.unitPriceEur()));
    }

    private String names(String prefix, String codes) {
        if (codes == null || codes.isEmpty()) {
            return ctx.t("matching.none");
        }
        return Arrays.stream(codes.split(",", -1)).map(c -> ctx.t(prefix + c)).collect(Collectors.joining(", "));
    }

    private String list(String codes) {
        return codes == null || codes.isEmpty() ? ctx.t("matching.none") : codes.replace(",", ", ");
    }
}
