package io.vetted.vendor.history;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.util.UUID;

@Controller
@Secured(Roles.MODERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class ChangeReviewController implements ChangeReviewOperations {

    private final ChangeReviews reviews;
    private final CurrentUser currentUser;

    ChangeReviewController(ChangeReviews reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @Override
    public ChangeResponse decide(UUID changeId, ChangeDecision decision) {
        return reviews.decide(changeId, decision, currentUser.accountId());
    }
}
