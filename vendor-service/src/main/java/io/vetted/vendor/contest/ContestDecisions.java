package io.vetted.vendor.contest;

import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.company.CompanyIdentities;
import io.vetted.vendor.document.Documents;
import io.vetted.vendor.history.IdentityHistory;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.provider.ProviderStatusChanges;
import io.vetted.vendor.provider.UnpublishedReason;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A moderator decides whose SIREN it is. The loser's profile goes off line with the reason; when the
 * claimant wins, the SIREN moves to its profile and the move is on both profiles' public record.
 * The moderator looked at evidence from both, which is the moderator's half of the winner's
 * verification.
 */
@Singleton
class ContestDecisions {

    private final ContestRepository contests;
    private final ProviderRepository providers;
    private final ProviderStatusChanges statuses;
    private final IdentityHistory history;
    private final CompanyIdentities companies;
    private final Documents documents;

    ContestDecisions(
            ContestRepository contests,
            ProviderRepository providers,
            ProviderStatusChanges statuses,
            IdentityHistory history,
            CompanyIdentities companies,
            Documents documents) {
        this.contests = contests;
        this.providers = providers;
        this.statuses = statuses;
        this.history = history;
        this.companies = companies;
        this.documents = documents;
    }

    @Transactional
    ContestResponse decide(UUID contestId, ContestDecision decision, UUID moderator) {
        SirenContest contest =
                contests.findById(contestId).orElseThrow(() -> ApiProblems.notFound("No SIREN contest " + contestId));
        if (contest.status() != ContestStatus.OPEN) {
            throw ApiProblems.conflict("This contest is closed (" + contest.status() + ").");
        }
        String reason = decision.reason().strip();
        String siren = contest.siren();
        if (decision.winner() == ContestSide.CLAIMANT) {
            providers
                    .findBySiren(siren)
                    .filter(p -> !p.id().equals(contest.claimantProviderId()))
                    .ifPresent(loser -> {
                        Provider off = statuses.save(
                                loser.withSiren(null).unpublished(UnpublishedReason.SIREN_CONTEST_LOST, siren, reason));
                        history.recordDecision(loser, null, moderator);
                        companies.sirenChanged(off.id(), siren, null);
                    });
            Provider claimant = providers.findById(contest.claimantProviderId()).orElseThrow();
            statuses.save(claimant.withSiren(siren));
            history.recordDecision(claimant, siren, moderator);
            companies.sirenChanged(claimant.id(), claimant.siren(), siren);
            companies.checkedByModerator(claimant.id(), siren, moderator);
            for (SirenContest other : contests.findBySirenAndStatus(siren, ContestStatus.OPEN)) {
                if (!other.id().equals(contest.id())) {
                    close(other, ContestStatus.SUPERSEDED, null, null, null);
                }
            }
        } else {
            providers
                    .findById(contest.claimantProviderId())
                    .ifPresent(loser -> statuses.unpublish(loser, UnpublishedReason.SIREN_CONTEST_LOST, siren, reason));
            companies.checkedByModerator(contest.holderProviderId(), siren, moderator);
        }
        SirenContest decided = close(contest, ContestStatus.DECIDED, decision.winner(), reason, moderator);
        Provider holder = providers.findById(decided.holderProviderId()).orElseThrow();
        return Contests.view(decided, ContestSide.CLAIMANT, holder);
    }

    private SirenContest close(
            SirenContest contest, ContestStatus status, ContestSide winner, String reason, UUID moderator) {
        documents.delete(contest.claimantDocumentId());
        documents.delete(contest.holderDocumentId());
        return contests.update(contest.closed(status, winner, reason, moderator));
    }
}
