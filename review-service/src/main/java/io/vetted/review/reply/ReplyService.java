package io.vetted.review.reply;

import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@Singleton
class ReplyService {

    private final ReplyRepository replies;

    ReplyService(ReplyRepository replies) {
        this.replies = replies;
    }

    /** Posts the provider's reply, or edits it: there is only ever one per reference. */
    @Transactional
    ReferenceResponse.ReplyView put(Reference reference, UUID author, String body) {
        Reply reply = replies.findById(reference.id())
                .map(existing -> replies.update(existing.edited(body.strip(), author, Instant.now())))
                .orElseGet(() -> replies.save(new Reply(
                        reference.id(), reference.providerId(), author, body.strip(), null, null, null, null)));
        return new ReferenceResponse.ReplyView(reply.body(), reply.createdAt(), reply.editedAt());
    }
}
