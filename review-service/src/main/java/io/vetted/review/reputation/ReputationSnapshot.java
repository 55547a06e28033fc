package io.vetted.review.reputation;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.UUID;

/** A provider's reputation at one version, as queued in the outbox and sent to vendor-service. */
@Serdeable
public record ReputationSnapshot(UUID providerId, long sourceVersion, BigDecimal averageRating, int referenceCount) {

    public static final String EVENT_TYPE = "ReputationChanged";
}
