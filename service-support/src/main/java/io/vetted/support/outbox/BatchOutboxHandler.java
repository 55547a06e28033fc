package io.vetted.support.outbox;

import java.util.List;
import java.util.Map;

/**
 * An {@link OutboxHandler} whose receiver takes many events in one call. The relay hands it every
 * event of its type in a claimed batch, so a burst costs the receiver one request and one
 * transaction instead of one each.
 */
public interface BatchOutboxHandler extends OutboxHandler {

    /**
     * Delivers {@code messages} (in the order they were queued). Returning normally means every
     * message is settled: accepted, or refused for good with the reason the returned map gives by
     * message id. Any exception means "try them all again later", as for {@link #deliver}.
     */
    Map<Long, String> deliverAll(List<OutboxMessage> messages);

    @Override
    default void deliver(OutboxMessage message) {
        String refusal = deliverAll(List.of(message)).get(message.id());
        if (refusal != null) {
            throw new PermanentDeliveryFailure(refusal);
        }
    }
}
