package io.vetted.review.reference;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.moderation.FlagDetector;
import io.vetted.review.reputation.ReputationLedger;
import io.vetted.review.verification.Invitations;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change an author makes, with its consequences (invitation used, flags, reputation and its
 * outbox event) in the same transaction: all of it is stored, or none.
 */
@Singleton
class ReferenceWriter {

    private final ReferenceRepository references;
    private final IdempotencyKeys idempotency;
    private final Reviewers reviewers;
    private final Invitations invitations;
    private final Overlaps overlaps;
    private final Revisions revisions;
    private final FlagDetector flags;
    private final ReputationLedger reputation;

    ReferenceWriter(
            ReferenceRepository references,
            IdempotencyKeys idempotency,
            Reviewers reviewers,
            Invitations invitations,
            Overlaps overlaps,
            Revisions revisions,
            FlagDetector flags,
            ReputationLedger reputation) {
        this.references = references;
        this.idempotency = idempotency;
        this.reviewers = reviewers;
        this.invitations = invitations;
        this.overlaps = overlaps;
        this.revisions = revisions;
        this.flags = flags;
        this.reputation = reputation;
    }

    record Written(Reference reference, boolean replayed) {}

    @Transactional
    Written create(
            UUID providerId,
            Author author,
            ReferenceContent content,
            @Nullable String invitationToken,
            @Nullable String idempotencyKey,
            String requestHash,
            boolean membershipUnchecked) {
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
        overlaps.refuse(providerId, author.accountId(), content.company(), content.engagement(), null);
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
                null,
                null));
        if (invitation != null) {
            invitations.markUsed(invitation, saved.id());
        }
        flags.inspect(saved.id(), providerId, saved.comment(), membershipUnchecked);
        reputation.recompute(providerId);
        if (idempotencyKey != null) {
            idempotency.complete(author.accountId(), idempotencyKey, saved.id());
        }
        return new Written(saved, false);
    }

    @Transactional
    Reference edit(UUID id, UUID author, ReferenceContent content, long version) {
        Reference current = own(id, author);
        if (current.status() != ReferenceStatus.PUBLISHED) {
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
        overlaps.refuse(current.providerId(), author, content.company(), content.engagement(), id);
        revisions.keep(current);
        Reference updated = references.update(current.withContent(content, Instant.now()));
        reputation.recompute(current.providerId());
        return updated;
    }

    @Transactional
    Reference withdraw(UUID id, UUID author) {
        Reference current = own(id, author);
        if (current.status() == ReferenceStatus.WITHDRAWN) {
            return current;
        }
        Reference withdrawn = references.update(current.withStatus(ReferenceStatus.WITHDRAWN, null, Instant.now()));
        reputation.recompute(current.providerId());
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
