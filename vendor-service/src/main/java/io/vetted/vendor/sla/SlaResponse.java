package io.vetted.vendor.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

@Serdeable
public record SlaResponse(
        List<DayOfWeek> supportDays,
        @Nullable LocalTime supportFrom,
        @Nullable LocalTime supportTo,
        @Nullable AfterHours afterHours,
        @Nullable Integer afterHoursSurchargePercent,
        @Nullable Integer criticalResponseMinutes,
        @Nullable Integer criticalResolutionMinutes,
        @Nullable Integer highResponseMinutes,
        @Nullable Integer highResolutionMinutes,
        @Nullable Integer normalResponseMinutes,
        @Nullable Integer normalResolutionMinutes,
        @Nullable BigDecimal availabilityPercent,
        String serviceCredits,
        @Nullable ReportingCadence reportingCadence,
        String workingMethod,
        long version) {

    static SlaResponse of(SlaTerms sla) {
        return new SlaResponse(
                Arrays.stream(sla.supportDays())
                        .map(DayOfWeek::valueOf)
                        .sorted()
                        .toList(),
                sla.supportFrom(),
                sla.supportTo(),
                sla.afterHours(),
                sla.afterHoursSurchargePercent(),
                sla.criticalResponseMinutes(),
                sla.criticalResolutionMinutes(),
                sla.highResponseMinutes(),
                sla.highResolutionMinutes(),
                sla.normalResponseMinutes(),
                sla.normalResolutionMinutes(),
                sla.availabilityPercent(),
                sla.serviceCredits(),
                sla.reportingCadence(),
                sla.workingMethod(),
                sla.version() == null ? 0 : sla.version());
    }
}
