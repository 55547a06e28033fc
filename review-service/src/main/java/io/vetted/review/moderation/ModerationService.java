package io.vetted.review.moderation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceViews;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reports from readers, disputes from providers, and what moderators decide about both. */
@Singleton
class ModerationService {

    private final ReportRepository reports;
    private final DisputeRepository disputes;
    private final ReferenceChanges changes;
    private final ReferenceViews views;
    private final ModerationQueue queue;
    private final JdbcOperations jdbc;

    ModerationService(
            ReportRepository reports,
            DisputeRepository disputes,
            ReferenceChanges changes,
            ReferenceViews views,
            ModerationQueue queue,
            JdbcOperations jdbc) {
        this.reports = reports;
        this.disputes = disputes;
        this.changes = changes;
        this.views = views;
        this.queue = queue;
        this.jdbc = jdbc;
    }

    @Transactional
    ModerationResponses.ReportResponse report(
            UUID referenceId, UUID reporter, ModerationRequests.ReportRequest request) {
        Reference reference = changes.visible(referenceId, "reported");
        if (reports.existsByReferenceIdAndReporterAccountIdAndResolvedAtIsNull(reference.id(), reporter)) {
            throw ApiProblems.conflict("You already reported this reference; moderators will look at it.");
        }
        String details = request.details() == null || request.details().isBlank()
                ? null
                : request.details().strip();
        return ModerationResponses.ReportResponse.of(reports.save(new Report(
                UUID.randomUUID(), referenceId, reporter, request.reason(), details, null, null, null, null, null)));
    }

    @Transactional
    ModerationResponses.DisputeResponse openDispute(Reference reference, UUID provider, String details) {
        if (reference.invitationId() != null) {
            throw ApiProblems.unprocessable(
                    "referenceId", "was written through your own invitation; it cannot be disputed");
        }
        if (reference.engagementConfirmedAt() != null) {
            throw ApiProblems.unprocessable("referenceId", "has an engagement you confirmed; it cannot be disputed");
        }
        if (disputes.findByReferenceIdAndOutcomeIsNull(reference.id()).isPresent()) {
            throw ApiProblems.conflict("This reference is already under dispute; a moderator will decide.");
        }
        return ModerationResponses.DisputeResponse.of(disputes.save(new Dispute(
                UUID.randomUUID(),
                reference.id(),
                reference.providerId(),
                provider,
                details.strip(),
                null,
                null,
                null,
                null,
                null,
                null,
                null)));
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
        if (request.outcome() == DisputeOutcome.UPHELD) {
            changes.hide(dispute.referenceId(), request.reason());
            resolve(dispute.referenceId(), "HIDDEN");
        } else {
            changes.touched(dispute.providerId());
        }
        return ModerationResponses.DisputeResponse.of(decided);
    }

    @Transactional
    ReferenceResponse hide(UUID referenceId, String reason) {
        Reference hidden = changes.hide(referenceId, reason);
        resolve(referenceId, "HIDDEN");
        return views.one(hidden, true);
    }

    @Transactional
    ReferenceResponse restore(UUID referenceId) {
        return views.one(changes.restore(referenceId), true);
    }

    @Transactional
    ReferenceResponse dismiss(UUID referenceId) {
        Reference reference = changes.require(referenceId);
        resolve(referenceId, "DISMISSED");
        return views.one(reference, true);
    }

    @Transactional
    List<ModerationResponses.QueueItem> queue() {
        return queue.open();
    }

    private void resolve(UUID referenceId, String resolution) {
        reports.resolveAll(referenceId, resolution);
        jdbc.prepareStatement(
                "UPDATE reference_flag SET resolved_at = now() WHERE reference_id = ? AND resolved_at IS NULL",
                statement -> {
                    statement.setObject(1, referenceId);
                    return statement.executeUpdate();
                });
    }
}
