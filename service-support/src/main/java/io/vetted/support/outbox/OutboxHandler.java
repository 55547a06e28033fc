package io.vetted.support.outbox;

/**
 * Delivers one type of outbox event to its receiver. Returning normally means the receiver has
 * accepted it; any exception means "try again later", except {@link PermanentDeliveryFailure}.
 * Deliveries may repeat, so receivers must be idempotent.
 */
public interface OutboxHandler {

    String eventType();

    void deliver(OutboxMessage message);
}
