package io.vetted.vendor.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** The SLA as the provider states it, against {@code version}; times are "HH:mm", targets minutes. */
@Serdeable
public record SlaRequest(
        @NotNull Long version,
        @NotEmpty Set<@NotNull DayOfWeek> supportDays,
        @NotNull LocalTime supportFrom,
        @NotNull LocalTime supportTo,
        @NotNull AfterHours afterHours,
        @Nullable @Min(0) @Max(300) Integer afterHoursSurchargePercent,
        @Nullable @Min(1) @Max(43200) Integer criticalResponseMinutes,
        @Nullable @Min(1) @Max(129600) Integer criticalResolutionMinutes,
        @Nullable @Min(1) @Max(43200) Integer highResponseMinutes,
        @Nullable @Min(1) @Max(129600) Integer highResolutionMinutes,
        @Nullable @Min(1) @Max(43200) Integer normalResponseMinutes,
        @Nullable @Min(1) @Max(129600) Integer normalResolutionMinutes,

        @Nullable @DecimalMin("90") @DecimalMax("100") @Digits(integer = 3, fraction = 3)
        BigDecimal availabilityPercent,

        @Nullable @Size(max = 1000) String serviceCredits,
        @Nullable ReportingCadence reportingCadence,
        @Nullable @Size(max = 2000) String workingMethod) {}
