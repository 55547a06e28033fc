package io.vetted.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Parked outbox events (given up on for good) as {@code vetted_outbox_parked_events} on
 * {@code /prometheus}: the counter {@code vetted.outbox.parked} only says what this replica parked
 * since it started, while an alert needs what still waits for an operator, on every replica alike.
 * Read from the database; a scrape reuses a reading up to {@code vetted.outbox.metrics.max-age} old.
 */
@Context
@Requires(beans = {OutboxHandler.class, OutboxStore.class})
class ParkedEventsGauge {

    private record Reading(long parked, Instant at) {}

    private final OutboxStore store;
    private final Duration maxAge;
    private final AtomicReference<Reading> last = new AtomicReference<>(new Reading(0, Instant.EPOCH));

    ParkedEventsGauge(
            OutboxStore store, MeterRegistry meters, @Value("${vetted.outbox.metrics.max-age:15s}") Duration maxAge) {
        this.store = store;
        this.maxAge = maxAge;
        Gauge.builder("vetted.outbox.parked.events", this, g -> g.reading().parked())
                .description("Outbox events the relay gave up on, waiting for an operator")
                .register(meters);
    }

    private Reading reading() {
        Reading reading = last.get();
        if (reading.at().plus(maxAge).isAfter(Instant.now())) {
            return reading;
        }
        try {
            reading = new Reading(store.parked(), Instant.now());
            last.set(reading);
        } catch (RuntimeException e) {
            // a scrape during a database outage shows the last reading rather than failing the scrape
        }
        return reading;
    }
}
