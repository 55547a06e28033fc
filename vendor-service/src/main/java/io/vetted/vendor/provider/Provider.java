package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.UUID;

/** A provider's identity, delivery and specialties; the other sections have their own tables and versions. */
@MappedEntity("provider")
// text[] columns map to String[] components; nothing compares these records, so array identity is harmless
@SuppressWarnings("ArrayRecordComponent")
public record Provider(
        @Id @AutoPopulated @Nullable UUID id,
        UUID ownerAccountId,
        String name,
        ProviderKind kind,
        boolean deliversRemote,
        boolean deliversOnSite,
        String city,
        String description,
        @TypeDef(type = DataType.STRING_ARRAY) String[] specialties,
        ProviderStatus status,
        @Nullable Instant publishedAt,
        @Nullable Integer teamSize,
        @Nullable Integer yearFounded,
        @Nullable String siren,
        @Nullable String siret,
        @Nullable String website,
        @Nullable String postcode,
        @Nullable String departmentCode,
        @TypeDef(type = DataType.STRING_ARRAY) String[] languages,
        @TypeDef(type = DataType.STRING_ARRAY) String[] onSiteRegions,
        @TypeDef(type = DataType.STRING_ARRAY) String[] onSiteDepartments,
        @Nullable String offshoreCountry,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public boolean published() {
        return status == ProviderStatus.PUBLISHED;
    }
}
