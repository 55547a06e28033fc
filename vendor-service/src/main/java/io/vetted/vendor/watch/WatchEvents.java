package io.vetted.vendor.watch;

import io.vetted.support.outbox.Outbox;
import io.vetted.vendor.provider.Provider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues the changes buyers watch for, in the transaction that makes them: a change saved is told,
 * a change rolled back is not. Drafts have no watchers (only published providers can be shortlisted).
 */
@Singleton
public class WatchEvents {

    private final Outbox outbox;

    WatchEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void priceChanged(Provider provider, WatchEvent.PriceChange change) {
        queue(provider, WatchEvent.Kind.PRICE_CHANGED, change, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void slaLowered(Provider provider, WatchEvent.SlaChange change) {
        queue(provider, WatchEvent.Kind.SLA_LOWERED, null, change, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void claimUnverified(Provider provider, String topic) {
        queue(provider, WatchEvent.Kind.CLAIM_UNVERIFIED, null, null, new WatchEvent.ClaimChange(topic));
    }

    /** A provider public for the first time: buyers whose saved search it matches hear of it, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void firstPublished(Provider provider) {
        queue(provider, WatchEvent.Kind.PROVIDER_PUBLISHED, null, null, null);
    }

    private void queue(
            Provider provider,
            WatchEvent.Kind kind,
            WatchEvent.PriceChange price,
            WatchEvent.SlaChange sla,
            WatchEvent.ClaimChange claim) {
        if (!provider.published()) {
            return;
        }
        outbox.enqueue(
                provider.id(),
                WatchEvent.EVENT_TYPE,
                new WatchEvent(
                        UUID.randomUUID(),
                        kind,
                        provider.id(),
                        provider.name(),
                        Instant.now(),
                        price,
                        sla,
                        claim,
                        kind == WatchEvent.Kind.PROVIDER_PUBLISHED ? provider.ownerAccountId() : null));
    }
}
