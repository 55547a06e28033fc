package io.vetted.review.moderation;

import io.vetted.review.notice.AuthorNotices;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceRepository;
import io.vetted.review.reference.ReferenceStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Holds a published reference "under review" while a fraud flag is open on it: it stays visible
 * with the reason but leaves the reputation until a moderator clears or hides it. Its author is
 * told by mail. The caller recomputes the reputation.
 */
@Singleton
public class Quarantine {

    private final ReferenceRepository references;
    private final AuthorNotices notices;

    Quarantine(ReferenceRepository references, AuthorNotices notices) {
        this.references = references;
        this.notices = notices;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Reference hold(Reference reference, Collection<FlagKind> reasons) {
        List<FlagKind> fraud =
                reasons.stream().filter(FlagKind::quarantines).distinct().toList();
        if (fraud.isEmpty() || reference.status() != ReferenceStatus.PUBLISHED) {
            return reference;
        }
        Reference held = references.update(reference.withStatus(ReferenceStatus.UNDER_REVIEW, null, Instant.now()));
        notices.underReview(
                held.authorAccountId(),
                held.id(),
                held.providerId(),
                fraud.stream().map(Enum::name).toList());
        return held;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(UUID referenceId, FlagKind reason) {
        references.findById(referenceId).ifPresent(r -> hold(r, List.of(reason)));
    }
}
