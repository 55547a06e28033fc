package io.vetted.review.reputation;

import io.micronaut.serde.ObjectMapper;
import io.vetted.review.reputation.VendorReputationClient.Batch;
import io.vetted.review.reputation.VendorReputationClient.Outcome;
import io.vetted.support.outbox.BatchOutboxHandler;
import io.vetted.support.outbox.HttpDelivery;
import io.vetted.support.outbox.OutboxMessage;
import io.vetted.support.outbox.PermanentDeliveryFailure;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers reputation snapshots from the outbox to vendor-service, as the review-service client: a
 * relay batch in one call carrying each provider's newest snapshot (an older one would be ignored
 * there anyway, as vendor-service applies only newer versions). A vendor-service that does not
 * take batches (404 while an older version still runs) gets each event on its own, by the relay.
 */
@Singleton
class ReputationPublisher implements BatchOutboxHandler {

    private static final String RECEIVER = "vendor-service";

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
        HttpDelivery.send(RECEIVER, () -> vendor.push(snapshot.providerId(), snapshot));
    }

    @Override
    public Map<Long, String> deliverAll(List<OutboxMessage> messages) {
        Map<Long, String> refused = new HashMap<>();
        Map<UUID, ReputationSnapshot> newest = new LinkedHashMap<>();
        Map<UUID, List<Long>> events = new HashMap<>();
        for (OutboxMessage message : messages) {
            ReputationSnapshot snapshot;
            try {
                snapshot = HttpDelivery.payload(json, message, ReputationSnapshot.class);
            } catch (PermanentDeliveryFailure e) {
                refused.put(message.id(), e.getMessage());
                continue;
            }
            newest.merge(snapshot.providerId(), snapshot, (a, b) -> a.sourceVersion() >= b.sourceVersion() ? a : b);
            events.computeIfAbsent(snapshot.providerId(), id -> new ArrayList<>())
                    .add(message.id());
        }
        if (newest.isEmpty()) {
            return refused;
        }
        var answer = HttpDelivery.exchange(RECEIVER, () -> vendor.pushAll(new Batch(newest)));
        for (UUID provider : newest.keySet()) {
            Outcome outcome = answer == null ? null : answer.outcomes().get(provider);
            if (outcome == null) {
                throw new IllegalStateException(RECEIVER + " did not say what became of provider " + provider);
            }
            if (!outcome.settled()) {
                String reason = RECEIVER + " refused the snapshot: " + outcome.status()
                        + (outcome.field() == null ? "" : " " + outcome.field()) + " "
                        + (outcome.detail() == null ? "" : outcome.detail());
                events.get(provider).forEach(id -> refused.put(id, reason.strip()));
            }
        }
        return refused;
    }
}
