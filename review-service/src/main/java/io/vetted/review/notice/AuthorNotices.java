package io.vetted.review.notice;

import io.vetted.review.notice.Notice.Kind;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells a reference's author what others did to it: moderators (under review, hidden, restored, a
 * dispute rejected; MODERATION, with the public reason) and the provider's team (a reply, a
 * confirmation, a dispute; REFERENCE). Each is queued in the transaction of the change; {@code actor}
 * is who acted, never told of their own action. The provider's own words stay on the site, behind
 * the link: a notice names the provider and what happened, nothing of anyone else.
 */
@Singleton
public class AuthorNotices {

    static final String LINK = "/my/references";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final NoticeQueue queue;

    AuthorNotices(NoticeQueue queue) {
        this.queue = queue;
    }

    /** {@code reasons} are flag kind names, explained in each language. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void underReview(UUID author, UUID referenceId, UUID providerId, Collection<String> reasons) {
        queue.enqueue(
                author,
                null,
                Kind.MODERATION,
                "underReview",
                providerId,
                referenceId,
                locale -> reasons.stream()
                        .map(kind -> "- " + NoticeQueue.text(locale, "flag." + kind))
                        .collect(Collectors.joining("\n")),
                LINK);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void hidden(UUID author, UUID referenceId, UUID providerId, String reason) {
        queue.enqueue(author, null, Kind.MODERATION, "hidden", providerId, referenceId, locale -> reason, LINK);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void restored(UUID author, UUID referenceId, UUID providerId) {
        queue.enqueue(author, null, Kind.MODERATION, "restored", providerId, referenceId, locale -> "", LINK);
    }

    /** The provider's dispute was rejected; its reason is between the moderator and the provider. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disputeRejected(UUID author, UUID referenceId, UUID providerId, UUID moderator) {
        queue.enqueue(
                author, moderator, Kind.MODERATION, "disputeRejected", providerId, referenceId, locale -> "", LINK);
    }

    /**
     * {@code first}: the provider replied; otherwise it changed its reply. Edits of one day (Paris
     * time) share a notice id, so a provider polishing its reply tells the author once that day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replied(UUID author, UUID referenceId, UUID providerId, UUID replier, boolean first) {
        if (first) {
            queue.enqueue(author, replier, Kind.REFERENCE, "replied", providerId, referenceId, locale -> "", LINK);
            return;
        }
        LocalDate day = LocalDate.now(PARIS);
        UUID noticeId = UUID.nameUUIDFromBytes(
                ("replyEdited:" + referenceId + ":" + author + ":" + day).getBytes(StandardCharsets.UTF_8));
        queue.enqueue(
                noticeId, author, replier, Kind.REFERENCE, "replyEdited", providerId, referenceId, locale -> "", LINK);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(UUID author, UUID referenceId, UUID providerId, UUID confirmer) {
        queue.enqueue(author, confirmer, Kind.REFERENCE, "confirmed", providerId, referenceId, locale -> "", LINK);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disputed(UUID author, UUID referenceId, UUID providerId, UUID disputer) {
        queue.enqueue(author, disputer, Kind.REFERENCE, "disputed", providerId, referenceId, locale -> "", LINK);
    }
}
