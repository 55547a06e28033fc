package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.security.CsrfForm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SLA as typed: response targets in minutes, resolution targets in hours (the API takes minutes). */
@Serdeable
public record SlaForm(
        @Nullable String csrfToken,
        long version,
        @Nullable List<String> supportDays,
        @Nullable String supportFrom,
        @Nullable String supportTo,
        @Nullable String afterHours,
        @Nullable String afterHoursSurchargePercent,
        @Nullable String criticalResponseMinutes,
        @Nullable String criticalResolutionHours,
        @Nullable String highResponseMinutes,
        @Nullable String highResolutionHours,
        @Nullable String normalResponseMinutes,
        @Nullable String normalResolutionHours,
        @Nullable String availabilityPercent,
        @Nullable String serviceCredits,
        @Nullable String reportingCadence,
        @Nullable String workingMethod)
        implements CsrfForm {

    public static final List<String> DAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    static SlaForm of(VendorModels.Sla sla) {
        return new SlaForm(
                null,
                sla.version(),
                sla.supportDays().isEmpty() ? DAYS.subList(0, 5) : sla.supportDays(),
                sla.supportFrom() == null ? "08:30" : Formats.time(sla.supportFrom()),
                sla.supportTo() == null ? "18:00" : Formats.time(sla.supportTo()),
                sla.afterHours(),
                FormValues.show(sla.afterHoursSurchargePercent()),
                FormValues.show(sla.criticalResponseMinutes()),
                hours(sla.criticalResolutionMinutes()),
                FormValues.show(sla.highResponseMinutes()),
                hours(sla.highResolutionMinutes()),
                FormValues.show(sla.normalResponseMinutes()),
                hours(sla.normalResolutionMinutes()),
                FormValues.show(sla.availabilityPercent()),
                sla.serviceCredits(),
                sla.reportingCadence(),
                sla.workingMethod());
    }

    SlaForm withVersion(long fresh) {
        return new SlaForm(
                csrfToken,
                fresh,
                supportDays,
                supportFrom,
                supportTo,
                afterHours,
                afterHoursSurchargePercent,
                criticalResponseMinutes,
                criticalResolutionHours,
                highResponseMinutes,
                highResolutionHours,
                normalResponseMinutes,
                normalResolutionHours,
                availabilityPercent,
                serviceCredits,
                reportingCadence,
                workingMethod);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("supportDays", FormValues.list(supportDays));
        body.put("supportFrom", FormValues.text(supportFrom));
        body.put("supportTo", FormValues.text(supportTo));
        body.put("afterHours", FormValues.text(afterHours));
        body.put("afterHoursSurchargePercent", FormValues.number(afterHoursSurchargePercent));
        body.put("criticalResponseMinutes", FormValues.number(criticalResponseMinutes));
        body.put("criticalResolutionMinutes", FormValues.hoursAsMinutes(criticalResolutionHours));
        body.put("highResponseMinutes", FormValues.number(highResponseMinutes));
        body.put("highResolutionMinutes", FormValues.hoursAsMinutes(highResolutionHours));
        body.put("normalResponseMinutes", FormValues.number(normalResponseMinutes));
        body.put("normalResolutionMinutes", FormValues.hoursAsMinutes(normalResolutionHours));
        body.put("availabilityPercent", FormValues.decimal(availabilityPercent));
        body.put("serviceCredits", FormValues.orEmpty(serviceCredits));
        body.put("reportingCadence", FormValues.text(reportingCadence));
        body.put("workingMethod", FormValues.orEmpty(workingMethod));
        return body;
    }

    /** The API names resolution targets in minutes; this form asks for hours. */
    static String formField(String apiField) {
        return apiField.endsWith("ResolutionMinutes")
                ? apiField.replace("ResolutionMinutes", "ResolutionHours")
                : apiField;
    }

    public String text(@Nullable String value) {
        return FormValues.orEmpty(value);
    }

    public boolean onDay(String day) {
        return supportDays != null && supportDays.contains(day);
    }

    private static String hours(@Nullable Integer minutes) {
        return minutes == null
                ? ""
                : FormValues.show(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
    }
}
