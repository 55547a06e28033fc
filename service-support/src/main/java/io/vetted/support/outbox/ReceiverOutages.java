package io.vetted.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which receivers are down, per event type, so that the relay tells of an outage when it starts and
 * when it ends instead of once per event it retries: a 60-second outage under load would
 * otherwise write thousands of identical lines and hide everything else in the log.
 */
final class ReceiverOutages {

    /** An outage that ended: how long it lasted and how many deliveries failed meanwhile. */
    record Ended(Duration lasted, long failedDeliveries) {}

    private record Outage(Instant since, long failures) {}

    private final ConcurrentMap<String, Outage> current = new ConcurrentHashMap<>();

    /** @return whether this failure starts an outage of the receiver of {@code eventType} */
    boolean failed(String eventType, Instant at) {
        Outage after = current.merge(
                eventType, new Outage(at, 1), (outage, first) -> new Outage(outage.since(), outage.failures() + 1));
        return after.failures() == 1;
    }

    /** @return the outage this delivery ends, if the receiver of {@code eventType} was down */
    Optional<Ended> delivered(String eventType, Instant at) {
        Outage ended = current.remove(eventType);
        return Optional.ofNullable(ended)
                .map(outage -> new Ended(Duration.between(outage.since(), at), outage.failures()));
    }
}
