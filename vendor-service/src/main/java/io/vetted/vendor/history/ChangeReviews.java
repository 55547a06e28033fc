package io.vetted.vendor.history;

import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.ProviderStatusChanges;
import io.vetted.vendor.provider.UnpublishedReason;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Moderators' looks at identity changes of published profiles. */
@Singleton
class ChangeReviews {

    private final IdentityChangeRepository changes;
    private final ProviderRepository providers;
    private final ProviderStatusChanges statuses;

    ChangeReviews(IdentityChangeRepository changes, ProviderRepository providers, ProviderStatusChanges statuses) {
        this.changes = changes;
        this.providers = providers;
        this.statuses = statuses;
    }

    @Transactional
    ChangeResponse decide(UUID changeId, ChangeDecision decision, UUID moderator) {
        IdentityChange change =
                changes.findById(changeId).orElseThrow(() -> ApiProblems.notFound("No identity change " + changeId));
        if (change.reviewStatus() != ReviewStatus.PENDING) {
            throw ApiProblems.conflict("This change is not waiting for a moderator.");
        }
        String reason = decision.reason().strip();
        boolean unpublish = decision.outcome() == ChangeDecision.Outcome.UNPUBLISHED;
        if (unpublish) {
            providers
                    .findById(change.providerId())
                    .ifPresent(p -> statuses.unpublish(p, UnpublishedReason.IDENTITY_CHANGE, null, reason));
        }
        return ChangeResponse.of(changes.update(
                change.reviewed(unpublish ? ReviewStatus.UNPUBLISHED : ReviewStatus.ACCEPTED, reason, moderator)));
    }
}
