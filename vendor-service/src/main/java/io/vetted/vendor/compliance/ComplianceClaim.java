package io.vetted.vendor.compliance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.vetted.vendor.catalog.ComplianceTopic;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("compliance_claim")
record ComplianceClaim(
        @Id @AutoPopulated @Nullable UUID id,
        UUID providerId,
        ComplianceTopic topic,
        String detail,
        String evidence,
        ClaimStatus status,
        @Nullable UUID verifiedBy,
        @Nullable Instant verifiedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
