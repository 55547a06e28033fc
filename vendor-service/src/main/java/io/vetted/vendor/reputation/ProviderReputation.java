package io.vetted.vendor.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("provider_reputation")
record ProviderReputation(
        @Id UUID providerId,
        @Nullable BigDecimal averageRating,
        int referenceCount,
        long sourceVersion,
        Instant updatedAt,
        int verifiedReferenceCount,
        @Nullable BigDecimal bayesianRating,
        @Nullable BigDecimal recommendShare,
        int providerVouchedCount,
        int clientVerifiedCount,
        int evidenceCheckedCount) {}
