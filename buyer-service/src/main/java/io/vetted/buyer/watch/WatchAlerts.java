package io.vetted.buyer.watch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vetted.buyer.saved.SavedSearchAlerts;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Turns a watch event into alerts: records it and its recipients once, then hands them to
 * identity-service in calls of at most {@link #CHUNK} accounts. It answers only once identity
 * accepted every chunk; a failure leaves the event pending, and vendor-service's outbox redelivers
 * it: the same recipients, the same chunk ids, which identity-service applies once each.
 */
@Singleton
class WatchAlerts {

    static final int CHUNK = 10_000;

    private final WatchAlertStore store;
    private final IdentityNotificationClient identity;
    private final SavedSearchAlerts savedSearches;
    private final Timer queued;

    WatchAlerts(
            WatchAlertStore store,
            IdentityNotificationClient identity,
            SavedSearchAlerts savedSearches,
            MeterRegistry meters) {
        this.store = store;
        this.identity = identity;
        this.savedSearches = savedSearches;
        this.queued = meters.timer("vetted.watch.alerts.queued");
    }

    void receive(WatchEventRequest event) {
        if (event.kind() == WatchEventRequest.Kind.PROVIDER_PUBLISHED) {
            // no watchers yet: the buyers to tell are those whose saved search finds it
            savedSearches.providerPublished(event.providerId(), event.providerName(), event.ownerAccountId());
            return;
        }
        requireDetail(event);
        queued.record(() -> {
            store.record(event);
            List<UUID> accounts = store.pending(event.eventId());
            if (!accounts.isEmpty()) {
                send(event, accounts);
            }
            store.delivered(event.eventId());
        });
    }

    private void send(WatchEventRequest event, List<UUID> accounts) {
        AlertTexts.Texts texts = AlertTexts.of(event);
        int chunks = (accounts.size() + CHUNK - 1) / CHUNK;
        for (int i = 0; i < chunks; i++) {
            List<UUID> chunk = accounts.subList(i * CHUNK, Math.min(accounts.size(), (i + 1) * CHUNK));
            NotificationRequest request = new NotificationRequest(
                    chunkId(event.eventId(), i, chunks),
                    NotificationRequest.PRICE_ALERT,
                    chunk,
                    texts.subjectFr(),
                    texts.subjectEn(),
                    texts.bodyFr(),
                    texts.bodyEn(),
                    "/providers/" + event.providerId());
            try {
                identity.notify(request);
            } catch (RuntimeException e) {
                throw new IdentityUnavailableException(e);
            }
        }
    }

    /** The part {@code kind} names must be there: an alert without its figures is refused, never sent. */
    private static void requireDetail(WatchEventRequest event) {
        String missing = switch (event.kind()) {
            case PRICE_CHANGED -> event.price() == null ? "price" : null;
            case SLA_LOWERED -> event.sla() == null ? "sla" : null;
            case CLAIM_UNVERIFIED -> event.claim() == null ? "claim" : null;
            case PROVIDER_PUBLISHED -> null;
            case LOW_RATING -> event.rating() == null ? "rating" : null;
        };
        if (missing != null) {
            throw ApiProblems.unprocessable(missing, "is required for a " + event.kind() + " event");
        }
    }

    /** The event's own id when one call holds everyone, else an id derived from it and the chunk's rank. */
    static UUID chunkId(UUID eventId, int index, int chunks) {
        return chunks == 1 ? eventId : UUID.nameUUIDFromBytes((eventId + "/" + index).getBytes(StandardCharsets.UTF_8));
    }
}
