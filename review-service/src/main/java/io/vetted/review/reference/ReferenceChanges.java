package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.notice.AuthorNotices;
import io.vetted.review.reputation.ReputationLedger;
import io.vetted.review.watch.LowRatingAlerts;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Changes others make to a reference (providers confirming, moderators hiding, restoring or
 * clearing it), each recomputing the provider's reputation in the same transaction unless the
 * caller batches them ({@link #recompute}). Authors are told of moderators' decisions.
 */
@Singleton
public class ReferenceChanges {

    private final ReferenceRepository references;
    private final ReputationLedger reputation;
    private final AuthorNotices notices;
    private final LowRatingAlerts lowRatings;

    ReferenceChanges(
            ReferenceRepository references,
            ReputationLedger reputation,
            AuthorNotices notices,
            LowRatingAlerts lowRatings) {
        this.references = references;
        this.reputation = reputation;
        this.notices = notices;
        this.lowRatings = lowRatings;
    }

    @ReadOnly
    public Reference require(UUID id) {
        return references.findById(id).orElseThrow(() -> ApiProblems.notFound("No reference with id " + id));
    }

    /** The provider's team confirms the engagement; the author is told the first time. */
    @Transactional
    public Reference confirm(UUID id, UUID confirmer) {
        Reference reference = visible(id, "confirmed");
        if (reference.engagementConfirmedAt() != null) {
            return reference;
        }
        Reference confirmed = changed(reference.confirmed(Instant.now()), true);
        notices.confirmed(confirmed.authorAccountId(), id, confirmed.providerId(), confirmer);
        return confirmed;
    }

    @Transactional
    public Reference hide(UUID id, String publicReason, boolean recompute) {
        Reference reference = require(id);
        if (reference.status() == ReferenceStatus.WITHDRAWN) {
            throw ApiProblems.unprocessable("status", "is WITHDRAWN: there is nothing left to hide");
        }
        Reference hidden =
                changed(reference.withStatus(ReferenceStatus.HIDDEN, publicReason.strip(), Instant.now()), recompute);
        notices.hidden(hidden.authorAccountId(), id, hidden.providerId(), publicReason.strip());
        return hidden;
    }

    /** A hidden reference shows and counts again. */
    @Transactional
    public Reference restore(UUID id) {
        Reference reference = require(id);
        if (reference.status() != ReferenceStatus.HIDDEN) {
            throw ApiProblems.unprocessable(
                    "status", "is " + reference.status() + ": only a hidden reference can be restored");
        }
        return published(reference, true);
    }

    /** A reference under review is cleared: it counts from now on. Other statuses stay as they are. */
    @Transactional
    public Reference clear(UUID id, boolean recompute) {
        Reference reference = require(id);
        return reference.status() == ReferenceStatus.UNDER_REVIEW ? published(reference, recompute) : reference;
    }

    @Transactional
    public Reference verificationChanged(Reference reference, Verification verification) {
        return changed(reference.withVerification(verification), true);
    }

    /** Recomputes after changes stored elsewhere or batched (a dispute's outcome, a bulk decision). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(UUID providerId) {
        reputation.recompute(providerId);
    }

    /**
     * @throws org.zalando.problem.ThrowableProblem 422 unless the reference is published or under review
     */
    public Reference visible(UUID id, @Nullable String action) {
        Reference reference = require(id);
        if (!reference.standing()) {
            throw ApiProblems.unprocessable("status", "is " + reference.status() + ": it cannot be " + action);
        }
        return reference;
    }

    /** @throws org.zalando.problem.ThrowableProblem 422 unless the reference is published (counted) */
    public Reference published(UUID id, String action) {
        Reference reference = require(id);
        if (reference.status() != ReferenceStatus.PUBLISHED) {
            throw ApiProblems.unprocessable("status", "is " + reference.status() + ": it cannot be " + action);
        }
        return reference;
    }

    private Reference published(Reference reference, boolean recompute) {
        Reference shown = changed(reference.withStatus(ReferenceStatus.PUBLISHED, null, Instant.now()), recompute);
        notices.restored(shown.authorAccountId(), shown.id(), shown.providerId());
        lowRatings.published(shown.id(), shown.providerId(), shown.rating());
        return shown;
    }

    private Reference changed(Reference reference, boolean recompute) {
        Reference updated = references.update(reference);
        if (recompute) {
            reputation.recompute(reference.providerId());
        }
        return updated;
    }
}
