package io.vetted.vendor.diligence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** Whether the provider hands work to others, which work and where; {@code subcontracts} is null until answered. */
@MappedEntity("provider_subcontracting")
record Subcontracting(
        @Id UUID providerId,
        @Nullable Boolean subcontracts,
        String activities,
        @Nullable String country,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
