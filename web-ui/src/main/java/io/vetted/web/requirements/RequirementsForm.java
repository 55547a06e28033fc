package io.vetted.web.requirements;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.BuyerClient;
import io.vetted.web.page.Amounts;
import io.vetted.web.security.CsrfForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requirements form as posted: numbers as typed (to show them again), départements as one
 * text ("69, 01"), and per certification whether it is required and whether only a verified one counts.
 */
@Serdeable
public record RequirementsForm(
        @Nullable String csrfToken,
        @Nullable String version,
        @Nullable String users,
        @Nullable String workstations,
        @Nullable String servers,
        @Nullable String departments,
        @Nullable List<String> specialties,
        @Nullable String afterHours,
        @Nullable String maxCriticalResponseMinutes,
        @Nullable List<String> certifications,
        @Nullable List<String> verifiedOnly,
        @Nullable String budget,
        @Nullable String subcontracting)
        implements CsrfForm {

    public static final List<String> SPECIALTIES = List.of(
            "HELPDESK",
            "NETWORKS",
            "SERVERS_INFRASTRUCTURE",
            "CLOUD_SAAS",
            "CYBERSECURITY",
            "BACKUP_RECOVERY",
            "HARDWARE",
            "TELEPHONY_VOIP",
            "WEB_HOSTING",
            "SOFTWARE_DEVELOPMENT",
            "ERP_CRM",
            "DATA_PROTECTION_GDPR");
    public static final List<String> CERTIFICATIONS = List.of(
            "ISO_27001",
            "ISO_27701",
            "ISO_9001",
            "ISO_20000",
            "HDS",
            "SOC_2",
            "SECNUMCLOUD",
            "QUALIOPI",
            "EXPERT_CYBER",
            "PCI_DSS");
    public static final List<String> AFTER_HOURS = List.of("NONE", "ON_CALL", "TWENTY_FOUR_SEVEN");

    static RequirementsForm of(BuyerClient.Requirements r) {
        return new RequirementsForm(
                null,
                r.version() == null ? "" : r.version().toString(),
                text(r.fleet().users()),
                text(r.fleet().workstations()),
                text(r.fleet().servers()),
                String.join(", ", r.departments()),
                r.specialties(),
                r.afterHours(),
                text(r.maxCriticalResponseMinutes()),
                r.certifications().stream()
                        .map(BuyerClient.RequiredCertification::certification)
                        .toList(),
                r.certifications().stream()
                        .filter(c -> "VERIFIED_ONLY".equals(c.level()))
                        .map(BuyerClient.RequiredCertification::certification)
                        .toList(),
                r.maxMonthlyBudgetEur() == null
                        ? ""
                        : r.maxMonthlyBudgetEur().stripTrailingZeros().toPlainString(),
                r.subcontractingAcceptable() == null ? "" : r.subcontractingAcceptable() ? "YES" : "NO");
    }

    /** The field errors found before asking buyer-service (numbers that are not numbers), by field. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("users", "workstations", "servers", "maxCriticalResponseMinutes")) {
            String value = value(field);
            if (!value.isEmpty() && !value.matches("\\d{1,6}")) {
                errors.put(field, "buyer.requirements.error.number");
            }
        }
        if (!value("budget").isEmpty() && Amounts.parse(value("budget")).isEmpty()) {
            errors.put("budget", "buyer.requirements.error.budget");
        }
        return errors;
    }

    /** What buyer-service is sent: the form has no errors of its own. */
    BuyerClient.Requirements body() {
        List<BuyerClient.RequiredCertification> certs = new ArrayList<>();
        list(certifications).stream()
                .filter(CERTIFICATIONS::contains)
                .distinct()
                .forEach(c -> certs.add(new BuyerClient.RequiredCertification(
                        c, list(verifiedOnly).contains(c) ? "VERIFIED_ONLY" : "DECLARED_ACCEPTABLE")));
        String budgetText = value("budget");
        BigDecimal budgetEur =
                budgetText.isEmpty() ? null : Amounts.parse(budgetText).orElse(null);
        return new BuyerClient.Requirements(
                new BuyerClient.Fleet(number(users), number(workstations), number(servers)),
                Arrays.stream(value("departments").toUpperCase(Locale.ROOT).split("[\\s,;]+"))
                        .filter(d -> !d.isEmpty())
                        .distinct()
                        .toList(),
                list(specialties).stream().distinct().toList(),
                value("afterHours").isEmpty() ? null : afterHours,
                number(maxCriticalResponseMinutes),
                certs,
                budgetEur,
                "YES".equals(subcontracting) ? Boolean.TRUE : "NO".equals(subcontracting) ? Boolean.FALSE : null,
                value("version").matches("\\d{1,18}") ? Long.valueOf(value("version")) : null);
    }

    RequirementsForm withVersion(@Nullable Long fresh) {
        return new RequirementsForm(
                csrfToken,
                fresh == null ? "" : fresh.toString(),
                users,
                workstations,
                servers,
                departments,
                specialties,
                afterHours,
                maxCriticalResponseMinutes,
                certifications,
                verifiedOnly,
                budget,
                subcontracting);
    }

    public String value(String field) {
        String v = switch (field) {
            case "version" -> version;
            case "users" -> users;
            case "workstations" -> workstations;
            case "servers" -> servers;
            case "departments" -> departments;
            case "afterHours" -> afterHours;
            case "maxCriticalResponseMinutes" -> maxCriticalResponseMinutes;
            case "budget" -> budget;
            case "subcontracting" -> subcontracting;
            default -> throw new IllegalArgumentException("No field " + field);
        };
        return v == null ? "" : v.strip();
    }

    public boolean hasSpecialty(String code) {
        return list(specialties).contains(code);
    }

    public boolean requires(String certification) {
        return list(certifications).contains(certification);
    }

    public boolean verifiedOnly(String certification) {
        return list(verifiedOnly).contains(certification);
    }

    static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String text(@Nullable Integer n) {
        return n == null ? "" : n.toString();
    }

    @Nullable
    private static Integer number(@Nullable String text) {
        return text == null || !text.strip().matches("\\d{1,6}") ? null : Integer.valueOf(text.strip());
    }
}
