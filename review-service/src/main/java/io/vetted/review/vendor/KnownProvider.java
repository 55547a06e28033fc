package io.vetted.review.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** vendor-service's answer about a provider, as last received: a cache, so the last write wins. */
@MappedEntity("known_provider")
record KnownProvider(
        @Id UUID providerId,
        UUID ownerAccountId,
        String name,
        @Nullable String website,
        Instant checkedAt) {

    VendorProvider provider() {
        return new VendorProvider(providerId, ownerAccountId, name, website);
    }
}
