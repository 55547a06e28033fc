package io.vetted.vendor.linkage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.history.DomainPeriod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What review-service's linkage check needs about a provider (contract 4): the accounts of its team
 * (owner first), the registrable domains its website had at any time in the last {@code days} days,
 * and when its website last changed.
 */
@Serdeable
public record LinkageResponse(
        UUID providerId,
        List<UUID> teamAccountIds,
        int days,
        List<DomainPeriod> websiteDomains,
        @Nullable Instant lastWebsiteChangeAt) {}
