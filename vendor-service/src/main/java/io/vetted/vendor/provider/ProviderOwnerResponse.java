package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A published provider's owner account, name and website, for other services only. */
@Serdeable
public record ProviderOwnerResponse(
        UUID id, UUID ownerAccountId, String name, @Nullable String website) {}
