package io.vetted.review.moderation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.vendor.Membership;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController implements ModerationOperations {

    private final ModerationService moderation;
    private final ReferenceChanges references;
    private final Membership membership;
    private final CurrentUser currentUser;

    ModerationController(
            ModerationService moderation, ReferenceChanges references, Membership membership, CurrentUser currentUser) {
        this.moderation = moderation;
        this.references = references;
        this.membership = membership;
        this.currentUser = currentUser;
    }

    @Override
    @Secured({Roles.SME, Roles.PROVIDER, Roles.MODERATOR})
    public HttpResponse<ModerationResponses.ReportResponse> report(UUID id, ModerationRequests.ReportRequest request) {
        var report = moderation.report(id, currentUser.accountId(), request);
        return HttpResponse.created(report, URI.create("/api/references/" + id));
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<ModerationResponses.DisputeResponse> dispute(
            UUID id, ModerationRequests.DisputeRequest request) {
        Reference reference = references.visible(id, "disputed");
        membership.requireMember(reference.providerId(), currentUser.accountId());
        var dispute = moderation.openDispute(reference, currentUser.accountId(), request.details());
        return HttpResponse.created(dispute, URI.create("/api/references/" + id));
    }

    @Override
    @Secured(Roles.MODERATOR)
    public List<ModerationResponses.QueueItem> queue() {
        return moderation.queue();
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse hide(UUID id, ModerationRequests.HideRequest request) {
        return moderation.hide(id, request.reason());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse restore(UUID id) {
        return moderation.restore(id);
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ReferenceResponse dismiss(UUID id) {
        return moderation.dismiss(id);
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ModerationResponses.DisputeResponse decide(UUID id, ModerationRequests.DecisionRequest request) {
        return moderation.decide(id, currentUser.accountId(), request);
    }
}
