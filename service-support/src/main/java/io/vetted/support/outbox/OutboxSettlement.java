package io.vetted.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the relay settles an event once its receiver answered: stored, counted, and logged once per outage. */
final class OutboxSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final MeterRegistry meters;
    private final Runnable passAgain;
    private final ReceiverOutages outages = new ReceiverOutages();

    OutboxSettlement(OutboxStore store, MeterRegistry meters, Runnable passAgain) {
        this.store = store;
        this.meters = meters;
        this.passAgain = passAgain;
    }

    void accepted(OutboxMessage message) {
        outages.delivered(message.eventType(), Instant.now()).ifPresent(ended -> {
            int due = store.retryNow(message.eventType());
            passAgain.run(); // the pass under way runs once more and takes them
            LOG.warn(
                    "Receiver of {} events is back after {} s; {} deliveries had failed meanwhile, {} events retried now",
                    message.eventType(),
                    ended.lasted().toSeconds(),
                    ended.failedDeliveries(),
                    due);
        });
        meters.counter("vetted.outbox.delivered", "type", message.eventType()).increment();
        meters.timer("vetted.outbox.lag", "type", message.eventType())
                .record(Duration.between(message.createdAt(), Instant.now()));
    }

    void park(OutboxMessage message, String reason) {
        LOG.error("Outbox event {} ({}) parked: {}", message.id(), message.eventType(), reason);
        store.parkForGood(message.id(), reason);
        meters.counter("vetted.outbox.parked", "type", message.eventType()).increment();
    }

    void failed(OutboxMessage message, RuntimeException e) {
        Duration delay = OutboxRelay.backoff(message.attempt());
        if (outages.failed(message.eventType(), Instant.now())) {
            LOG.warn(
                    "Receiver of {} events unreachable; its events are kept and retried with back-off: {}",
                    message.eventType(),
                    e.toString());
        } else {
            LOG.debug(
                    "Outbox event {} not delivered (attempt {}), retry in {} ms: {}",
                    message.id(),
                    message.attempt(),
                    delay.toMillis(),
                    e.toString());
        }
        store.retryLater(message.id(), delay, e.toString());
        meters.counter("vetted.outbox.retried", "type", message.eventType()).increment();
    }
}
