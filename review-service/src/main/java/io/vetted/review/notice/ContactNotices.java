package io.vetted.review.notice;

import io.vetted.review.notice.Notice.Kind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Tells a reference's author that a contact request waits for an answer, and the requester how it was
 * answered (CONTACT). Neither notice carries the other person's name, message or contact details: the
 * recipient reads them on the contact requests page, where the product already shows them.
 */
@Singleton
public class ContactNotices {

    static final String LINK = "/my/contact-requests";

    private final NoticeQueue queue;

    ContactNotices(NoticeQueue queue) {
        this.queue = queue;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(UUID author, UUID referenceId, UUID providerId, UUID requester) {
        queue.enqueue(author, requester, Kind.CONTACT, "contactRequested", providerId, referenceId, l -> "", LINK);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(UUID requester, UUID referenceId, UUID providerId, UUID author, boolean accepted) {
        String key = accepted ? "contactAccepted" : "contactDeclined";
        queue.enqueue(requester, author, Kind.CONTACT, key, providerId, referenceId, l -> "", LINK);
    }
}
