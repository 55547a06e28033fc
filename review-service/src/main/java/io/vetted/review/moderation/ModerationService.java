package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.limits.Activity;
import io.vetted.review.limits.Callers;
import io.vetted.review.limits.DailyLimits;
import io.vetted.review.notice.AuthorNotices;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reports from readers (signed in or anonymous, on a reference or on the provider's reply) and
 * disputes from providers: a rejected dispute may be reopened once, with new evidence. Each is
 * limited per account and day.
 */
@Singleton
class ModerationService {

    static final String REFERENCE = "REFERENCE";
    static final String REPLY = "REPLY";

    private final ReportRepository reports;
    private final DisputeRepository disputes;
    private final ReferenceChanges changes;
    private final ModerationCases cases;
    private final DailyLimits limits;
    private final Callers callers;
    private final Decisions decisions;
    private final AuthorNotices notices;

    ModerationService(
            ReportRepository reports,
            DisputeRepository disputes,
            ReferenceChanges changes,
            ModerationCases cases,
            DailyLimits limits,
            Callers callers,
            Decisions decisions,
            AuthorNotices notices) {
        this.reports = reports;
        this.disputes = disputes;
        this.changes = changes;
        this.cases = cases;
        this.limits = limits;
        this.callers = callers;
        this.decisions = decisions;
        this.notices = notices;
    }

    /** {@code reporter} is null for an anonymous reader, throttled by a keyed hash of the address. */
    @Transactional
    ModerationResponses.ReportResponse report(
            UUID referenceId, @Nullable UUID reporter, String target, ModerationRequests.ReportRequest request) {
        Reference reference = changes.visible(referenceId, "reported");
        if (REPLY.equals(target) && !decisions.hasVisibleReply(referenceId)) {
            throw ApiProblems.unprocessable("referenceId", "has no visible reply to report");
        }
        String address = null;
        boolean already;
        if (reporter != null) {
            limits.take(reporter, Activity.REPORT);
            already = reports.existsByReferenceIdAndTargetAndReporterAccountIdAndResolvedAtIsNull(
                    reference.id(), target, reporter);
        } else {
            address = callers.addressHash();
            limits.takeAnonymous(address, Activity.REPORT);
            already = reports.existsByReferenceIdAndTargetAndReporterAddressHashAndResolvedAtIsNull(
                    reference.id(), target, address);
        }
        if (already) {
            throw ApiProblems.conflict("You already reported this; moderators will look at it.");
        }
        String details = request.details() == null || request.details().isBlank()
                ? null
                : request.details().strip();
        Report saved = reports.save(new Report(
                UUID.randomUUID(),
                referenceId,
                reporter,
                reporter == null ? address : null,
                target,
                request.reason(),
                details,
                null,
                null,
                null,
                null,
                null));
        cases.refresh(referenceId);
        return ModerationResponses.ReportResponse.of(saved);
    }

    @Transactional
    ModerationResponses.DisputeResponse openDispute(
            Reference reference, UUID provider, ModerationRequests.DisputeRequest request) {
        limits.take(provider, Activity.DISPUTE);
        Instant since = reference.editTrail().substantiveAt();
        if (since == null && reference.invitationId() != null) {
            throw ApiProblems.unprocessable(
                    "referenceId",
                    "was written through your own invitation; it cannot be disputed unless its author"
                            + " changes it substantively");
        }
        if (reference.engagementConfirmedAt() != null) {
            throw ApiProblems.unprocessable("referenceId", "has an engagement you confirmed; it cannot be disputed");
        }
        if (disputes.findByReferenceIdAndOutcomeIsNull(reference.id()).isPresent()) {
            throw ApiProblems.conflict("This reference is already under dispute; a moderator will decide.");
        }
        List<Dispute> earlier = disputes.findByReferenceIdOrderByCreatedAt(reference.id()).stream()
                .filter(d -> since == null || d.createdAt().isAfter(since))
                .toList();
        UUID reopens = null;
        String evidence = null;
        List<Dispute> rejected = earlier.stream()
                .filter(d -> d.outcome() == DisputeOutcome.REJECTED)
                .toList();
        if (!rejected.isEmpty()) {
            if (earlier.stream().anyMatch(d -> d.reopens() != null)) {
                throw ApiProblems.unprocessable(
                        "referenceId", "was disputed, rejected and reopened once already: the decision stands");
            }
            evidence =
                    request.newEvidence() == null ? "" : request.newEvidence().strip();
            Dispute last = rejected.get(rejected.size() - 1);
            if (evidence.isEmpty()) {
                throw ApiProblems.unprocessable(
                        "newEvidence",
                        "is required: a rejected dispute is reopened only with evidence the"
                                + " moderator has not seen");
            }
            if (evidence.equalsIgnoreCase(last.details().strip())) {
                throw ApiProblems.unprocessable("newEvidence", "repeats the rejected dispute: it must be new");
            }
            reopens = last.id();
        }
        Dispute saved = disputes.save(new Dispute(
                UUID.randomUUID(),
                reference.id(),
                reference.providerId(),
                provider,
                request.details().strip(),
                reopens,
                evidence,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        cases.refresh(reference.id());
        notices.disputed(reference.authorAccountId(), reference.id(), reference.providerId(), provider);
        return ModerationResponses.DisputeResponse.of(saved);
    }

    @Transactional
    ModerationResponses.DisputeResponse decide(
            UUID disputeId, UUID moderator, ModerationRequests.DecisionRequest request) {
        Dispute dispute =
                disputes.findById(disputeId).orElseThrow(() -> ApiProblems.notFound("No dispute with id " + disputeId));
        if (dispute.outcome() != null) {
            throw ApiProblems.conflict("This dispute was already decided: " + dispute.outcome());
        }
        Dispute decided = disputes.update(
                dispute.decided(request.outcome(), request.reason().strip(), moderator, Instant.now()));
        decisions.disputeDecided(dispute.referenceId(), request.outcome(), request.reason(), moderator);
        return ModerationResponses.DisputeResponse.of(decided);
    }
}
