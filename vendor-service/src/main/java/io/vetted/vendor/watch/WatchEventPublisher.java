package io.vetted.vendor.watch;

import io.micronaut.serde.ObjectMapper;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxHandler;
import io.vetted.support.outbox.OutboxMessage;
import jakarta.inject.Singleton;

/**
 * Delivers watch events to buyer-service. buyer-service answers 202 only once identity-service has
 * queued the alerts, so this relay's back-off is also the retry loop while identity is down.
 */
@Singleton
class WatchEventPublisher implements OutboxHandler {

    private final BuyerWatchClient buyer;
    private final ObjectMapper json;

    WatchEventPublisher(BuyerWatchClient buyer, ObjectMapper json) {
        this.buyer = buyer;
        this.json = json;
    }

    @Override
    public String eventType() {
        return WatchEvent.EVENT_TYPE;
    }

    @Override
    public void deliver(OutboxMessage message) {
        WatchEvent event = HttpDelivery.payload(json, message, WatchEvent.class);
        HttpDelivery.send("buyer-service", () -> buyer.send(event));
    }
}
