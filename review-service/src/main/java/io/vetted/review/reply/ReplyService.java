package io.vetted.review.reply;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.limits.Activity;
import io.vetted.review.limits.DailyLimits;
import io.vetted.review.notice.AuthorNotices;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

@Singleton
class ReplyService {

    private final ReplyRepository replies;
    private final DailyLimits limits;
    private final AuthorNotices notices;

    ReplyService(ReplyRepository replies, DailyLimits limits, AuthorNotices notices) {
        this.replies = replies;
        this.limits = limits;
        this.notices = notices;
    }

    /** Posts the provider's reply, or edits it: there is only ever one per reference. */
    @Transactional
    ReferenceResponse.ReplyView put(Reference reference, UUID author, String body, @Nullable String providerWebsite) {
        String text = body.strip();
        ContactDetails.refuse(text, providerWebsite);
        limits.take(author, Activity.REPLY);
        var existing = replies.findById(reference.id());
        if (existing.isPresent() && existing.get().hiddenAt() != null) {
            throw ApiProblems.unprocessable(
                    "referenceId",
                    "has a reply hidden by moderation: it cannot be changed until a moderator restores it");
        }
        Reply reply = existing.map(r -> replies.update(r.edited(text, author, Instant.now())))
                .orElseGet(() -> replies.save(new Reply(
                        reference.id(), reference.providerId(), author, text, null, null, null, null, null, null)));
        notices.replied(
                reference.authorAccountId(), reference.id(), reference.providerId(), author, existing.isEmpty());
        return new ReferenceResponse.ReplyView(reply.body(), reply.createdAt(), reply.editedAt(), false, null);
    }
}
