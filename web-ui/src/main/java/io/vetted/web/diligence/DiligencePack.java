package io.vetted.web.diligence;

import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.PageContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything the due-diligence pack prints for one shortlist, in the order it prints it. */
public record DiligencePack(
        String shortlistName, Instant generatedAt, BuyerClient.Requirements requirements, List<Candidate> candidates) {

    /** Providers side by side on an A4 page: three columns stay readable. */
    static final int COLUMNS = 3;

    /** The article's questions to put to every candidate, each beside the provider's published answer. */
    public static final List<String> QUESTIONS = List.of(
            "sector",
            "dataProtection",
            "incidentPlan",
            "interventionHours",
            "afterHours",
            "subcontracting",
            "reversibility");

    /** What the contract must say before it is signed. */
    public static final List<String> CHECKLIST =
            List.of("scope", "sla", "priceNotice", "invoices", "dataReturn", "term");

    public List<List<Candidate>> sideBySide() {
        List<List<Candidate>> groups = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i += COLUMNS) {
            groups.add(candidates.subList(i, Math.min(candidates.size(), i + COLUMNS)));
        }
        return groups;
    }

    /**
     * The provider's own published answer to question {@code key}, or "" when it gave none. After-hours
     * reachability is the SLA's level; reversibility is never published, so it is always to ask.
     */
    public static String answer(Candidate candidate, String key, PageContext ctx) {
        var provider = candidate.provider();
        var diligence = provider.dueDiligence();
        Boolean subcontracts = provider.subcontracting().subcontracts();
        return switch (key) {
            case "sector" -> diligence.sectorExperience();
            case "dataProtection" -> diligence.dataProtection();
            case "incidentPlan" -> diligence.incidentPlan();
            case "interventionHours" -> diligence.interventionHours();
            case "afterHours" ->
                provider.sla().afterHours() == null
                        ? ""
                        : ctx.t("afterHours." + provider.sla().afterHours());
            case "subcontracting" ->
                subcontracts == null
                        ? ""
                        : ctx.t("diligence.subcontracts." + subcontracts)
                                + (subcontracts
                                                && !provider.subcontracting()
                                                        .activities()
                                                        .isBlank()
                                        ? " (" + provider.subcontracting().activities() + ")"
                                        : "");
            default -> "";
        };
    }
}
