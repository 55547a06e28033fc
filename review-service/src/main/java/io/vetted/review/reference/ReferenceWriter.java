package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.moderation.FlagDetector;
import io.vetted.review.moderation.FlagKind;
import io.vetted.review.moderation.ModerationCases;
import io.vetted.review.moderation.Quarantine;
import io.vetted.review.notice.ProviderNotices;
import io.vetted.review.reputation.ReputationLedger;
import io.vetted.review.trust.TrustCheck;
import io.vetted.review.verification.Invitations;
import io.vetted.review.watch.LowRatingAlerts;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every change an author makes, with its consequences (invitation used, flags, quarantine,
 * reputation and its outbox event) in the same transaction: all of it is stored, or none.
 */
@Singleton
class ReferenceWriter {

    private final ReferenceRepository references;
    private final IdempotencyKeys idempotency;
    private final Reviewers reviewers;
    private final Invitations invitations;
    private final OneReferencePerCompany onePerCompany;
    private final Overlaps overlaps;
    private final Revisions revisions;
    private final FlagDetector flags;
    private final Quarantine quarantine;
    private final ModerationCases cases;
    private final ReputationLedger reputation;
    private final ProviderNotices notices;
    private final LowRatingAlerts lowRatings;

    ReferenceWriter(
            ReferenceRepository references,
            IdempotencyKeys idempotency,
            Reviewers reviewers,
            Invitations invitations,
            OneReferencePerCompany onePerCompany,
            Overlaps overlaps,
            Revisions revisions,
            FlagDetector flags,
            Quarantine quarantine,
            ModerationCases cases,
            ReputationLedger reputation,
            ProviderNotices notices,
            LowRatingAlerts lowRatings) {
        this.references = references;
        this.idempotency = idempotency;
        this.reviewers = reviewers;
        this.invitations = invitations;
        this.onePerCompany = onePerCompany;
        this.overlaps = overlaps;
        this.revisions = revisions;
        this.flags = flags;
        this.quarantine = quarantine;
        this.cases = cases;
        this.reputation = reputation;
        this.notices = notices;
        this.lowRatings = lowRatings;
    }

    record Written(Reference reference, boolean replayed) {}

    /** What was checked before the transaction: the trust verdict and whether membership was unknown. */
    record Checked(TrustCheck.Verdict verdict, @Nullable String companyDomain, boolean membershipUnchecked) {}

    @Transactional
    Written create(
            UUID providerId,
            Author author,
            ReferenceContent content,
            Checked checked,
            @Nullable String invitationToken,
            @Nullable String idempotencyKey,
            String requestHash) {
        if (idempotencyKey != null) {
            Optional<UUID> earlier = idempotency.claim(author.accountId(), idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return new Written(references.findById(earlier.get()).orElseThrow(), true);
            }
        }
        reviewers.lockAndCheckDailyLimit(author.accountId());
        UUID invitation = invitationToken == null || invitationToken.isBlank()
                ? null
                : invitations.claim(invitationToken.strip(), providerId, author.email());
        onePerCompany.refuse(providerId, author.accountId(), content.company(), checked.companyDomain(), null);
        overlaps.refuse(providerId, author.accountId(), content.company(), content.engagement(), null);
        Instant now = Instant.now();
        var verdict = checked.verdict();
        Reference saved = references.save(new Reference(
                null,
                providerId,
                author.accountId(),
                author.name(),
                author.emailDomain(),
                content.company(),
                content.engagement(),
                content.rating(),
                content.criteria(),
                content.wouldRecommend(),
                content.facts(),
                content.comment(),
                content.contactAllowed(),
                invitation,
                null,
                ReferenceStatus.PUBLISHED,
                null,
                null,
                null,
                null,
                null,
                Verification.of(verdict.check(), verdict.registeredName(), checked.companyDomain(), now),
                null,
                null,
                null,
                null));
        if (invitation != null) {
            invitations.markUsed(invitation, saved.id());
        }
        Set<FlagKind> raised = flags.inspect(saved, verdict.flags(), checked.membershipUnchecked());
        Reference stored = quarantine.hold(saved, raised);
        cases.refresh(saved.id());
        reputation.recompute(providerId);
        notices.written(providerId, saved.id(), author.accountId());
        shown(stored);
        if (idempotencyKey != null) {
            idempotency.complete(author.accountId(), idempotencyKey, saved.id());
        }
        return new Written(stored, false);
    }

    @Transactional
    Reference edit(UUID id, UUID author, ReferenceContent content, long version) {
        Reference current = own(id, author);
        if (!current.standing()) {
            throw ApiProblems.unprocessable(
                    "status",
                    current.status() == ReferenceStatus.HIDDEN
                            ? "is HIDDEN by moderation: it cannot be edited"
                            : "is WITHDRAWN: it cannot be edited");
        }
        if (current.version() == null || current.version() != version) {
            throw ApiProblems.conflict(
                    "This reference changed since you opened it; reload it and apply your edit again.");
        }
        if (!current.company().key().equals(content.company().key())) {
            onePerCompany.refuse(
                    current.providerId(),
                    author,
                    content.company(),
                    current.verification().companyDomain(),
                    id);
        }
        overlaps.refuse(current.providerId(), author, content.company(), content.engagement(), id);
        Set<Change> changes = Substance.changes(current.content(), content);
        Instant now = Instant.now();
        EditTrail trail = changes.isEmpty()
                ? null
                : new EditTrail(
                        now, current.rating(), changes.stream().map(Enum::name).toArray(String[]::new));
        revisions.keep(current, changes);
        Reference updated = references.update(current.withContent(content, now, trail));
        Reference stored = quarantine.hold(updated, flags.inspectEdit(updated));
        cases.refresh(id);
        reputation.recompute(current.providerId());
        notices.edited(current.providerId(), id, author);
        shown(stored);
        return stored;
    }

    /** Watchers hear of a low rating once it shows: a held reference waits for the moderator's clearance. */
    private void shown(Reference stored) {
        if (stored.status() == ReferenceStatus.PUBLISHED) {
            lowRatings.published(stored.id(), stored.providerId(), stored.rating());
        }
    }

    @Transactional
    Reference withdraw(UUID id, UUID author) {
        Reference current = own(id, author);
        if (current.status() == ReferenceStatus.WITHDRAWN) {
            return current;
        }
        Reference withdrawn = references.update(current.withStatus(ReferenceStatus.WITHDRAWN, null, Instant.now()));
        cases.refresh(id);
        reputation.recompute(current.providerId());
        notices.withdrawn(current.providerId(), id, author);
        return withdrawn;
    }

    private Reference own(UUID id, UUID author) {
        Reference reference =
                references.findById(id).orElseThrow(() -> ApiProblems.notFound("No reference with id " + id));
        if (!reference.authorAccountId().equals(author)) {
            throw ApiProblems.forbidden("Only its author may change a reference");
        }
        return reference;
    }
}
