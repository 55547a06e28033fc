package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.review.reputation.ReputationLedger;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Changes others make to a reference (providers confirming, moderators hiding or restoring),
 * each recomputing the provider's reputation in the same transaction.
 */
@Singleton
public class ReferenceChanges {

    private final ReferenceRepository references;
    private final ReputationLedger reputation;

    ReferenceChanges(ReferenceRepository references, ReputationLedger reputation) {
        this.references = references;
        this.reputation = reputation;
    }

    @ReadOnly
    public Reference require(UUID id) {
        return references.findById(id).orElseThrow(() -> ApiProblems.notFound("No reference with id " + id));
    }

    @Transactional
    public Reference confirm(UUID id) {
        Reference reference = visible(id, "confirmed");
        if (reference.engagementConfirmedAt() != null) {
            return reference;
        }
        return changed(reference.confirmed(Instant.now()));
    }

    @Transactional
    public Reference hide(UUID id, String publicReason) {
        Reference reference = require(id);
        if (reference.status() == ReferenceStatus.WITHDRAWN) {
            throw ApiProblems.unprocessable("status", "is WITHDRAWN: there is nothing left to hide");
        }
        return changed(reference.withStatus(ReferenceStatus.HIDDEN, publicReason.strip(), Instant.now()));
    }

    @Transactional
    public Reference restore(UUID id) {
        Reference reference = require(id);
        if (reference.status() != ReferenceStatus.HIDDEN) {
            throw ApiProblems.unprocessable(
                    "status", "is " + reference.status() + ": only a hidden reference can be restored");
        }
        return changed(reference.withStatus(ReferenceStatus.PUBLISHED, null, Instant.now()));
    }

    /** Recomputes after a change stored elsewhere that affects the reputation (a dispute's outcome). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touched(UUID providerId) {
        reputation.recompute(providerId);
    }

    /** @throws org.zalando.problem.ThrowableProblem 422 unless the reference is published */
    public Reference visible(UUID id, @Nullable String action) {
        Reference reference = require(id);
        if (reference.status() != ReferenceStatus.PUBLISHED) {
            throw ApiProblems.unprocessable("status", "is " + reference.status() + ": it cannot be " + action);
        }
        return reference;
    }

    private Reference changed(Reference reference) {
        Reference updated = references.update(reference);
        reputation.recompute(reference.providerId());
        return updated;
    }
}
