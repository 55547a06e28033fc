package io.vetted.review.notice;

import io.vetted.review.notice.Notice.Kind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Tells the account that owns a provider's profile when a reference on it is written, edited or
 * withdrawn (REFERENCE), linking to the profile's references. The owner is the one vendor-service
 * named when the provider was last looked up (every reference is written after such a lookup); a
 * provider no longer known here (unpublished) has nobody to tell.
 */
@Singleton
public class ProviderNotices {

    private final NoticeQueue queue;

    ProviderNotices(NoticeQueue queue) {
        this.queue = queue;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void written(UUID providerId, UUID referenceId, UUID author) {
        tell(providerId, referenceId, author, "referenceWritten");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void edited(UUID providerId, UUID referenceId, UUID author) {
        tell(providerId, referenceId, author, "referenceEdited");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID providerId, UUID referenceId, UUID author) {
        tell(providerId, referenceId, author, "referenceWithdrawn");
    }

    private void tell(UUID providerId, UUID referenceId, UUID author, String key) {
        queue.provider(providerId)
                .ifPresent(known -> queue.enqueue(
                        known.ownerAccountId(),
                        author,
                        Kind.REFERENCE,
                        key,
                        providerId,
                        referenceId,
                        locale -> "",
                        "/providers/" + providerId + "/references"));
    }
}
