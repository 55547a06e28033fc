package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.trust.Reverification;
import io.vetted.review.vendor.Membership;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.support.problem.ApiProblems;
import java.net.URI;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController implements ModerationOperations {

    private final ModerationService moderation;
    private final Decisions decisions;
    private final ModerationQueue queue;
    private final ReferenceChanges references;
    private final Reverification reverification;
    private final Membership membership;
    private final CurrentUser currentUser;

    ModerationController(
            ModerationService moderation,
            Decisions decisions,
            ModerationQueue queue,
            ReferenceChanges references,
            Reverification reverification,
            Membership membership,
            CurrentUser currentUser) {
        this.moderation = moderation;
        this.decisions = decisions;
        this.queue = queue;
        this.references = references;
        this.reverification = reverification;
        this.membership = membership;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<ModerationResponses.ReportResponse> report(UUID id, ModerationRequests.ReportRequest request) {
        return HttpResponse.created(
                moderation.report(id, reporter(), ModerationService.REFERENCE, request),
                URI.create("/api/references/" + id));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<ModerationResponses.ReportResponse> reportReply(
            UUID id, ModerationRequests.ReportRequest request) {
        return HttpResponse.created(
                moderation.report(id, reporter(), ModerationService.REPLY, request),
                URI.create("/api/references/" + id));
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<ModerationResponses.DisputeResponse> dispute(
            UUID id, ModerationRequests.DisputeRequest request) {
        Reference reference = references.visible(id, "disputed");
        membership.requireMember(reference.providerId(), currentUser.accountId());
        var dispute = moderation.openDispute(reference, currentUser.accountId(), request);
        return HttpResponse.created(dispute, URI.create("/api/references/" + id));
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ModerationResponses.CasePage cases(
            int page, int size, @Nullable QueueSort sort, @Nullable CaseKind kind, @Nullable UUID providerId) {
        return queue.page(page, size, sort == null ? QueueSort.RISK : sort, kind, providerId);
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse hide(UUID id, ModerationRequests.HideRequest request) {
        return decisions.hide(id, request.reason(), currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse restore(UUID id) {
        return decisions.restore(id, currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse dismiss(UUID id) {
        return decisions.clear(id, currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse hideReply(UUID id, ModerationRequests.HideRequest request) {
        return decisions.hideReply(id, request.reason(), currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse restoreReply(UUID id) {
        return decisions.restoreReply(id, currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse confirmCompanyDomain(UUID id) {
        decisions.confirmDomain(id, currentUser.accountId());
        return reverification.recheck(id);
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ModerationResponses.BulkResult bulk(UUID providerId, ModerationRequests.BulkDecision request) {
        return decisions.bulk(providerId, request, currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ModerationResponses.DisputeResponse decide(UUID id, ModerationRequests.DecisionRequest request) {
        return moderation.decide(id, currentUser.accountId(), request);
    }

    /** Null for an anonymous reader; service accounts do not report. */
    @Nullable
    private UUID reporter() {
        if (currentUser.authentication().isEmpty()) {
            return null;
        }
        if (currentUser.hasRole(Roles.SERVICE)) {
            throw ApiProblems.forbidden("Service accounts do not report references");
        }
        return currentUser.accountId();
    }
}
