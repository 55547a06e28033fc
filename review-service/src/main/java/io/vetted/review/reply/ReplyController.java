package io.vetted.review.reply;

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
import java.util.UUID;

@Controller
@Secured(Roles.PROVIDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReplyController implements ReplyOperations {

    private final ReplyService replies;
    private final ReferenceChanges references;
    private final Membership membership;
    private final CurrentUser currentUser;

    ReplyController(ReplyService replies, ReferenceChanges references, Membership membership, CurrentUser currentUser) {
        this.replies = replies;
        this.references = references;
        this.membership = membership;
        this.currentUser = currentUser;
    }

    @Override
    public ReferenceResponse.ReplyView reply(UUID id, ReplyRequest request) {
        Reference reference = references.visible(id, "replied to");
        var provider = membership.requireMember(reference.providerId(), currentUser.accountId());
        return replies.put(reference, currentUser.accountId(), request.body(), provider.website());
    }
}
