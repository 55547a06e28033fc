package io.vetted.review.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What vendor-service says about who stands behind a provider (contract 4, docs/ARCHITECTURE.md):
 * the accounts on its team (the owner, then the current members: a new reference's membership check
 * reads them) and every registrable domain its website had, with when ({@code until} is null for the
 * current one).
 */
@Serdeable
public record ProviderLinkage(
        @Nullable List<UUID> teamAccountIds, @Nullable List<WebsiteDomain> websiteDomains) {

    @Serdeable
    public record WebsiteDomain(
            String domain, @Nullable Instant from, @Nullable Instant until) {}

    public List<UUID> team() {
        return teamAccountIds == null ? List.of() : teamAccountIds;
    }

    public List<WebsiteDomain> domains() {
        return websiteDomains == null ? List.of() : websiteDomains;
    }
}
