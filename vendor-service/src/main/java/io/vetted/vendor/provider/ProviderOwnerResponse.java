package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * A published provider's owner account, name and website, for other services only; with its team's
 * accounts, who answer its quote requests beside the owner (buyer-service tells them of new ones).
 */
@Serdeable
public record ProviderOwnerResponse(
        UUID id, UUID ownerAccountId, String name, @Nullable String website, List<UUID> teamAccountIds) {}
