package io.vetted.buyer.matching;

import io.micronaut.core.annotation.Nullable;
import io.vetted.buyer.matching.MatchesResponse.MatchLine;
import io.vetted.buyer.requirements.AfterHours;
import io.vetted.buyer.requirements.CertificationLevel;
import io.vetted.buyer.requirements.RequirementsResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One match line per stated requirement (an empty requirement has no line). The thresholds for
 * PARTLY are in docs/matching.md: within twice the response time, 20 % over budget, some of the
 * specialties or départements, a declared certification where a verified one is required.
 */
final class MatchRules {

    private static final BigDecimal BUDGET_TOLERANCE = new BigDecimal("1.2");

    private MatchRules() {}

    static List<MatchLine> lines(
            RequirementsResponse needs,
            VendorViews.Profile profile,
            Set<String> onSiteDepartments,
            VendorViews.Plan plan) {
        List<MatchLine> lines = new ArrayList<>();
        if (!needs.specialties().isEmpty()) {
            List<String> wanted = needs.specialties().stream().map(Enum::name).toList();
            List<String> covered = wanted.stream()
                    .filter(orEmpty(profile.specialties())::contains)
                    .toList();
            lines.add(share("SPECIALTIES", wanted, covered));
        }
        if (!needs.departments().isEmpty()) {
            List<String> covered = needs.departments().stream()
                    .filter(onSiteDepartments::contains)
                    .toList();
            lines.add(share("ON_SITE", needs.departments(), covered));
        }
        VendorViews.Sla sla = profile.sla() == null ? new VendorViews.Sla(null, null) : profile.sla();
        if (needs.afterHours() != null && needs.afterHours() != AfterHours.NONE) {
            lines.add(afterHours(needs.afterHours(), sla.afterHours()));
        }
        if (needs.maxCriticalResponseMinutes() != null) {
            lines.add(response(needs.maxCriticalResponseMinutes(), sla.criticalResponseMinutes()));
        }
        for (var required : needs.certifications()) {
            String topic = required.certification().name();
            String status = orEmpty(profile.compliance()).stream()
                    .filter(c -> c.topic().equals(topic))
                    .map(VendorViews.Claim::status)
                    .findFirst()
                    .orElse(null);
            Verdict verdict = status == null
                    ? Verdict.DOES_NOT
                    : status.equals("VERIFIED") || required.level() == CertificationLevel.DECLARED_ACCEPTABLE
                            ? Verdict.MEETS
                            : Verdict.PARTLY;
            lines.add(new MatchLine(
                    "CERTIFICATION", topic, verdict, required.level().name(), status));
        }
        if (needs.maxMonthlyBudgetEur() != null) {
            lines.add(budget(needs.maxMonthlyBudgetEur(), plan));
        }
        if (Boolean.FALSE.equals(needs.subcontractingAcceptable())) {
            Boolean subcontracts = profile.subcontracting() == null
                    ? null
                    : profile.subcontracting().subcontracts();
            Verdict verdict = subcontracts == null ? Verdict.PARTLY : subcontracts ? Verdict.DOES_NOT : Verdict.MEETS;
            lines.add(new MatchLine(
                    "SUBCONTRACTING", null, verdict, "NONE", subcontracts == null ? null : subcontracts.toString()));
        }
        return lines;
    }

    private static MatchLine share(String requirement, List<String> wanted, List<String> covered) {
        Verdict verdict =
                covered.size() == wanted.size() ? Verdict.MEETS : covered.isEmpty() ? Verdict.DOES_NOT : Verdict.PARTLY;
        return new MatchLine(requirement, null, verdict, String.join(",", wanted), String.join(",", covered));
    }

    private static MatchLine afterHours(AfterHours wanted, @Nullable String offered) {
        int have = offered == null ? 0 : AfterHours.valueOf(offered).ordinal();
        Verdict verdict = have >= wanted.ordinal()
                ? Verdict.MEETS
                : have > AfterHours.NONE.ordinal() ? Verdict.PARTLY : Verdict.DOES_NOT;
        return new MatchLine("AFTER_HOURS", null, verdict, wanted.name(), offered);
    }

    private static MatchLine response(int maxMinutes, @Nullable Integer minutes) {
        Verdict verdict = minutes == null || minutes > 2 * maxMinutes
                ? Verdict.DOES_NOT
                : minutes <= maxMinutes ? Verdict.MEETS : Verdict.PARTLY;
        return new MatchLine(
                "CRITICAL_RESPONSE",
                null,
                verdict,
                Integer.toString(maxMinutes),
                minutes == null ? null : minutes.toString());
    }

    /** A total that leaves out work it cannot price, or no public price at all, is at best PARTLY. */
    private static MatchLine budget(BigDecimal max, VendorViews.Plan plan) {
        BigDecimal total = plan.monthlyEur();
        Verdict verdict;
        if (total == null) {
            verdict = Verdict.PARTLY;
        } else if (total.compareTo(max) <= 0) {
            verdict = plan.unpriced().isEmpty() ? Verdict.MEETS : Verdict.PARTLY;
        } else {
            verdict = total.compareTo(max.multiply(BUDGET_TOLERANCE)) <= 0 ? Verdict.PARTLY : Verdict.DOES_NOT;
        }
        return new MatchLine(
                "BUDGET", null, verdict, max.toPlainString(), total == null ? null : total.toPlainString());
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return Objects.requireNonNullElse(values, List.of());
    }
}
