package io.vetted.review.verification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.review.reference.Reference;
import io.vetted.review.reference.ReferenceChanges;
import io.vetted.review.reference.ReferenceResponse;
import io.vetted.review.reference.ReferenceViews;
import io.vetted.review.vendor.Membership;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class VerificationController implements VerificationOperations {

    private final Invitations invitations;
    private final ReferenceChanges references;
    private final ReferenceViews views;
    private final Membership membership;
    private final CurrentUser currentUser;

    VerificationController(
            Invitations invitations,
            ReferenceChanges references,
            ReferenceViews views,
            Membership membership,
            CurrentUser currentUser) {
        this.invitations = invitations;
        this.references = references;
        this.views = views;
        this.membership = membership;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<InvitationResponse> invite(UUID providerId, InvitationRequest request) {
        InvitationResponse created = invitations.invite(providerId, currentUser.accountId(), request.email());
        return HttpResponse.created(created, URI.create("/api/providers/" + providerId + "/invitations"));
    }

    @Override
    @Secured(Roles.PROVIDER)
    public List<InvitationResponse> invitations(UUID providerId) {
        return invitations.list(providerId, currentUser.accountId());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public InvitationResponse.Preview preview(String token) {
        return invitations.preview(token);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ReferenceResponse confirm(UUID id) {
        Reference reference = references.visible(id, "confirmed");
        membership.requireMember(reference.providerId(), currentUser.accountId());
        return views.one(references.confirm(id, currentUser.accountId()), false);
    }
}
