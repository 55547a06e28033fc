package io.vetted.vendor.offer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An offer's terms; its prices are in {@link OfferPrice}, never overwritten. Offers of one
 * {@code lineageId} share their price history: a withdrawn offer re-created for the same specialty
 * and pricing model within 12 months is continued ({@code continuesOfferId}), not started afresh,
 * and {@code onVettedSince} is when the lineage first appeared on Vetted. A lineage is named after
 * its first offer's id, which is why ids are chosen here rather than generated on insert.
 */
@MappedEntity("offer")
public record Offer(
        @Id UUID id,
        UUID providerId,
        String title,
        PricingModel pricingModel,
        @Nullable PriceUnit priceUnit,
        String included,
        int minimumCommitmentMonths,
        int priceChangeNoticeDays,
        @Nullable Instant withdrawnAt,
        @Nullable String specialty,
        UUID lineageId,
        @Nullable UUID continuesOfferId,
        Instant onVettedSince,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    Offer withTerms(
            String newTitle,
            String newIncluded,
            int commitmentMonths,
            int noticeDays,
            @Nullable Instant withdrawn,
            Long expectedVersion) {
        return new Offer(
                id,
                providerId,
                newTitle,
                pricingModel,
                priceUnit,
                newIncluded,
                commitmentMonths,
                noticeDays,
                withdrawn,
                specialty,
                lineageId,
                continuesOfferId,
                onVettedSince,
                expectedVersion,
                createdAt,
                null);
    }
}
