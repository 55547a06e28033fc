package io.vetted.review.watch;

import io.vetted.review.vendor.ProviderRegistry;
import io.vetted.review.vendor.VendorProvider;
import io.vetted.support.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Buyers watching a provider hear of a reference of 2 stars or less once it shows publicly (at once,
 * or when a moderator clears it from quarantine), queued in the transaction that publishes it. The
 * event id is the reference's, so a reference held and cleared again alerts nobody twice.
 */
@Singleton
public class LowRatingAlerts {

    static final int THRESHOLD = 2;

    private final Outbox outbox;
    private final ProviderRegistry providers;

    LowRatingAlerts(Outbox outbox, ProviderRegistry providers) {
        this.outbox = outbox;
        this.providers = providers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(UUID referenceId, UUID providerId, int stars) {
        if (stars > THRESHOLD) {
            return;
        }
        UUID eventId = UUID.nameUUIDFromBytes(("low-rating/" + referenceId).getBytes(StandardCharsets.UTF_8));
        outbox.enqueue(
                providerId,
                LowRatingEvent.EVENT_TYPE,
                new LowRatingEvent(
                        eventId,
                        "LOW_RATING",
                        providerId,
                        providerName(providerId),
                        Instant.now(),
                        new LowRatingEvent.Rating(referenceId, stars)));
    }

    /** As vendor-service last named it when the reference was checked; buyer-service needs a name. */
    private String providerName(UUID providerId) {
        return providers
                .known(providerId)
                .map(VendorProvider::name)
                .filter(name -> !name.isBlank())
                .orElse(providerId.toString());
    }
}
