package io.vetted.web.requirements;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.advisor.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The advisor's answers as a first draft of the requirements, which the buyer checks before saving:
 * what they need becomes specialties, when IT must work the after-hours level, regulated data the
 * certifications (verified only when they said the rules are strict).
 */
final class FromAdvisor {

    private static final Map<String, String> SPECIALTY = Map.of(
            "SUPPORT", "HELPDESK",
            "NETWORK", "NETWORKS",
            "SECURITY", "CYBERSECURITY",
            "BACKUP", "BACKUP_RECOVERY",
            "CLOUD", "CLOUD_SAAS",
            "DEVELOPMENT", "SOFTWARE_DEVELOPMENT");
    private static final Map<String, String> CERTIFICATION = Map.of(
            "HEALTH", "HDS",
            "CARD_PAYMENTS", "PCI_DSS",
            "PERSONAL_DATA", "ISO_27001");

    private FromAdvisor() {}

    static RequirementsForm form(Answers a, @Nullable Long version) {
        List<String> certifications =
                a.regulated().stream().map(CERTIFICATION::get).distinct().toList();
        return new RequirementsForm(
                null,
                version == null ? "" : version.toString(),
                Integer.toString(a.users()),
                Integer.toString(a.workstations()),
                Integer.toString(a.servers()),
                a.department() == null ? "" : a.department(),
                a.needs().stream().map(SPECIALTY::get).toList(),
                afterHours(a),
                "",
                certifications,
                "YES".equals(a.strict()) ? certifications : List.of(),
                a.budget() == null ? "" : a.budget().stripTrailingZeros().toPlainString(),
                a.subcontracting());
    }

    /** Weekends when a failure stops the business need a staffed desk; evenings or weekends, someone on call. */
    private static String afterHours(Answers a) {
        List<String> when = new ArrayList<>(a.when());
        if (when.contains("WEEKENDS") && "BLOCKING".equals(a.impact())) {
            return "TWENTY_FOUR_SEVEN";
        }
        return when.contains("EVENINGS") || when.contains("WEEKENDS") ? "ON_CALL" : "NONE";
    }
}
