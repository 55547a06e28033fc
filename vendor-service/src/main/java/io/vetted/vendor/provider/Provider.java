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

@MappedEntity("provider")
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
        String searchText,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {
}
