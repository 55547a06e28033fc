package io.vetted.buyer.requirements;

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
import java.util.UUID;

/** One row per SME account; certifications are stored as {@code TOPIC=LEVEL}. */
@MappedEntity("requirements")
// text[] columns map to String[] components; nothing compares these records, so array identity is harmless
@SuppressWarnings("ArrayRecordComponent")
record Requirements(
        @Id UUID accountId,
        @Nullable Integer users,
        @Nullable Integer workstations,
        @Nullable Integer servers,
        @TypeDef(type = DataType.STRING_ARRAY) String[] departments,
        @TypeDef(type = DataType.STRING_ARRAY) String[] specialties,
        @Nullable AfterHours afterHours,
        @Nullable Integer maxCriticalResponseMinutes,
        @TypeDef(type = DataType.STRING_ARRAY) String[] certifications,
        @Nullable BigDecimal maxMonthlyBudgetEur,
        @Nullable Boolean subcontractingAcceptable,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
