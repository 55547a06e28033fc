package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A reader's report on a reference or on the provider's reply ({@code target}); anonymous ones carry an address hash. */
@MappedEntity("reference_report")
record Report(
        @Id UUID id,
        UUID referenceId,
        @Nullable UUID reporterAccountId,
        @Nullable String reporterAddressHash,
        String target,
        ReportReason reason,
        @Nullable String details,
        @Nullable Instant resolvedAt,
        @Nullable String resolution,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
