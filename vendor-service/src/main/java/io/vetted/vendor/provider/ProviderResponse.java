package io.vetted.vendor.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.vendor.catalog.Specialty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Serdeable
public record ProviderResponse(
        UUID id,
        UUID ownerAccountId,
        String name,
        ProviderKind kind,
        Set<DeliveryMode> deliveryModes,
        String city,
        Set<Specialty> specialties,
        String description,
        List<OfferResponse> offers,
        Reputation reputation,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    @Serdeable
    public record OfferResponse(UUID id, String title, PricingModel pricingModel, BigDecimal priceEur) {
    }

    /** What the provider's references say, as last propagated by review-service. */
    @Serdeable
    public record Reputation(@Nullable BigDecimal averageRating, int referenceCount) {
        public static final Reputation NONE = new Reputation(null, 0);
    }
}
