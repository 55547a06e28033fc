package io.vetted.review.reputation;

import io.micronaut.serde.ObjectMapper;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/** Delivers reputation snapshots from the outbox to vendor-service, as the review-service client. */
@Singleton
class ReputationPublisher implements OutboxHandler {

    private final VendorReputationClient vendor;
    private final ObjectMapper json;

    ReputationPublisher(VendorReputationClient vendor, ObjectMapper json) {
        this.vendor = vendor;
        this.json = json;
    }

    @Override
    public String eventType() {
        return ReputationSnapshot.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        ReputationSnapshot snapshot = HttpDelivery.payload(json, message, ReputationSnapshot.class);
        HttpDelivery.send("vendor-service", () -> vendor.push(snapshot.providerId(), snapshot));
    }
}
