package io.vetted.review.watch;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A published reference of 2 stars or less, as buyer-service's watch hears of it (contract 11): the
 * same envelope as vendor-service's watch events, with the rating as its detail.
 */
@Serdeable
record LowRatingEvent(
        UUID eventId, String kind, UUID providerId, String providerName, Instant occurredAt, Rating rating) {

    static final String EVENT_TYPE = "LowRatingReference";

    @Serdeable
    record Rating(UUID referenceId, int stars) {}
}
