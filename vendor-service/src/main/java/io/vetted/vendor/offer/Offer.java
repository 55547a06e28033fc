package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** An offer's terms; its prices are in {@link OfferPrice}, never overwritten. */
@MappedEntity("offer")
public record Offer(
        @Id @AutoPopulated @Nullable UUID id,
        UUID providerId,
        String title,
        PricingModel pricingModel,
        @Nullable PriceUnit priceUnit,
        String included,
        int minimumCommitmentMonths,
        int priceChangeNoticeDays,
        @Nullable Instant withdrawnAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
