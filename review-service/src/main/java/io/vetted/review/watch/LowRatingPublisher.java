package io.vetted.review.watch;

import io.micronaut.serde.ObjectMapper;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/** Delivers low-rating events to buyer-service, which answers 202 once identity-service queued the alerts. */
@Singleton
class LowRatingPublisher implements OutboxHandler {

    private final BuyerWatchClient buyer;
    private final ObjectMapper json;

    LowRatingPublisher(BuyerWatchClient buyer, ObjectMapper json) {
        this.buyer = buyer;
        this.json = json;
    }

    @Override
    public String eventType() {
        return LowRatingEvent.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        LowRatingEvent event = HttpDelivery.payload(json, message, LowRatingEvent.class);
        HttpDelivery.send("buyer-service", () -> buyer.send(event));
    }
}
