package io.vetted.review.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** What review-service needs to know about a provider; vendor-service owns the rest. */
@Serdeable
public record VendorProvider(
        UUID id, UUID ownerAccountId, String name, @Nullable String website) {}
