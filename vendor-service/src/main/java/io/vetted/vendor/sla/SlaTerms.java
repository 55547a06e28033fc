package io.vetted.vendor.sla;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** A provider's service-level terms; every target is in minutes, empty until the provider states it. */
@MappedEntity("provider_sla")
// text[] columns map to String[] components; nothing compares these records, so array identity is harmless
@SuppressWarnings("ArrayRecordComponent")
record SlaTerms(
        @Id UUID providerId,
        @TypeDef(type = DataType.STRING_ARRAY) String[] supportDays,
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
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static SlaTerms blank(UUID providerId) {
        return new SlaTerms(
                providerId,
                new String[0],
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                null,
                "",
                null,
                null,
                null);
    }
}
