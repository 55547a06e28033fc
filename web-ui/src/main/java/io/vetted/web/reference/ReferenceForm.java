package io.vetted.web.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.ReviewClient;
import io.vetted.web.security.CsrfForm;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The reference form as posted; fields stay text so a bad value is shown back, not lost. */
@Serdeable
public record ReferenceForm(
        @Nullable String csrfToken,
        @Nullable String idempotencyKey,
        @Nullable String invitationToken,
        @Nullable String version,
        @Nullable String companyName,
        @Nullable String companySiren,
        @Nullable List<String> services,
        @Nullable String mode,
        @Nullable String start,
        @Nullable String end,
        @Nullable String costBand,
        @Nullable String teamSize,
        @Nullable String rating,
        @Nullable String objectives,
        @Nullable String responsiveness,
        @Nullable String afterHours,
        @Nullable String professionalism,
        @Nullable String communication,
        @Nullable String billing,
        @Nullable String dataSecurity,
        @Nullable String recommend,
        @Nullable String priceIncrease,
        @Nullable String subcontracting,
        @Nullable String afterHoursIncident,
        @Nullable String comment,
        @Nullable String contactAllowed)
        implements CsrfForm {

    public static final List<String> CRITERIA = List.of(
            "OBJECTIVES",
            "RESPONSIVENESS",
            "AFTER_HOURS",
            "PROFESSIONALISM",
            "COMMUNICATION",
            "BILLING",
            "DATA_SECURITY");
    public static final List<String> MODES = List.of("REMOTE", "ON_SITE", "HYBRID");
    public static final List<String> COST_BANDS =
            List.of("UNDER_500", "FROM_500_TO_1500", "FROM_1500_TO_5000", "OVER_5000");

    /** A new reference's form; {@code companyName} prefills the company field (the client may change it). */
    public static ReferenceForm blank(@Nullable String invitationToken, String companyName) {
        return new ReferenceForm(
                null,
                UUID.randomUUID().toString(),
                invitationToken,
                null,
                companyName,
                "",
                List.of(),
                "REMOTE",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "no",
                "UNKNOWN",
                "NEVER_NEEDED",
                "",
                // contact consent is opt-in: the author ticks it, it is never ticked for them
                null);
    }

    /** The form pre-filled with a reference its author edits. */
    public static ReferenceForm of(ReviewClient.Reference r) {
        var e = r.engagement();
        var f = r.facts();
        Map<String, Integer> c = r.criteria();
        return new ReferenceForm(
                null,
                null,
                null,
                String.valueOf(r.version()),
                r.companyName(),
                r.companySiren(),
                e.services(),
                e.mode(),
                e.start().toString(),
                e.end() == null ? "" : e.end().toString(),
                e.monthlyCostBand(),
                e.teamSize() == null ? "" : e.teamSize().toString(),
                String.valueOf(r.rating()),
                text(c.get("OBJECTIVES")),
                text(c.get("RESPONSIVENESS")),
                text(c.get("AFTER_HOURS")),
                text(c.get("PROFESSIONALISM")),
                text(c.get("COMMUNICATION")),
                text(c.get("BILLING")),
                text(c.get("DATA_SECURITY")),
                Boolean.TRUE.equals(r.wouldRecommend()) ? "yes" : "no",
                f.unannouncedPriceIncrease() ? "yes" : "no",
                f.subcontracting(),
                f.afterHoursIncident(),
                r.comment(),
                r.contactAllowed() ? "on" : null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean has(String service) {
        return services != null && services.contains(service);
    }

    /** The form field that carries {@code criterion}'s rating. */
    public static String fieldOf(String criterion) {
        return switch (criterion) {
            case "OBJECTIVES" -> "objectives";
            case "RESPONSIVENESS" -> "responsiveness";
            case "AFTER_HOURS" -> "afterHours";
            case "PROFESSIONALISM" -> "professionalism";
            case "COMMUNICATION" -> "communication";
            case "BILLING" -> "billing";
            default -> "dataSecurity";
        };
    }

    /** The rating given to {@code criterion}, as posted ("" when none). */
    public String criterion(String criterion) {
        return text(
                switch (criterion) {
                    case "OBJECTIVES" -> objectives;
                    case "RESPONSIVENESS" -> responsiveness;
                    case "AFTER_HOURS" -> afterHours;
                    case "PROFESSIONALISM" -> professionalism;
                    case "COMMUNICATION" -> communication;
                    case "BILLING" -> billing;
                    default -> dataSecurity;
                });
    }

    public ReviewClient.ReferenceBody toBody() {
        Map<String, Integer> criteria = new LinkedHashMap<>();
        for (String criterion : CRITERIA) {
            Integer value = number(criterion(criterion));
            if (value != null) {
                criteria.put(criterion, value);
            }
        }
        return new ReviewClient.ReferenceBody(
                new ReviewClient.Company(text(companyName), blankToNull(companySiren)),
                new ReviewClient.EngagementBody(
                        services == null ? List.of() : services,
                        blankToNull(mode),
                        date(start),
                        date(end),
                        blankToNull(costBand),
                        number(teamSize)),
                number(rating),
                criteria,
                yesNo(recommend),
                new ReviewClient.FactsBody(
                        yesNo(priceIncrease), blankToNull(subcontracting), blankToNull(afterHoursIncident)),
                text(comment),
                contactAllowed != null,
                blankToNull(invitationToken),
                versionValue());
    }

    /** This form with a fresh idempotency key: what the page shows back after a refusal. */
    public ReferenceForm retry() {
        return new ReferenceForm(
                null,
                UUID.randomUUID().toString(),
                invitationToken,
                version,
                companyName,
                companySiren,
                services,
                mode,
                start,
                end,
                costBand,
                teamSize,
                rating,
                objectives,
                responsiveness,
                afterHours,
                professionalism,
                communication,
                billing,
                dataSecurity,
                recommend,
                priceIncrease,
                subcontracting,
                afterHoursIncident,
                comment,
                contactAllowed);
    }

    @Nullable
    private Long versionValue() {
        try {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    private static Integer number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1; // review-service names the field and the reason
        }
    }

    @Nullable
    private static LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Nullable
    private static Boolean yesNo(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : "yes".equals(value);
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }
}
