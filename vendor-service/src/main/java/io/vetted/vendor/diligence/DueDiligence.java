package io.vetted.vendor.diligence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

/** The provider's answers to the questions an SME should not be shy to ask. */
@MappedEntity("provider_due_diligence")
// text[] columns map to String[] components; nothing compares these records, so array identity is harmless
@SuppressWarnings("ArrayRecordComponent")
record DueDiligence(
        @Id UUID providerId,
        @TypeDef(type = DataType.STRING_ARRAY) String[] sectors,
        String sectorExperience,
        String dataProtection,
        String incidentPlan,
        String interventionHours,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
