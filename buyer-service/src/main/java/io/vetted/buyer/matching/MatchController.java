package io.vetted.buyer.matching;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;

@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class MatchController implements MatchOperations {

    private final MatchService matching;
    private final CurrentUser currentUser;

    MatchController(MatchService matching, CurrentUser currentUser) {
        this.matching = matching;
        this.currentUser = currentUser;
    }

    @Override
    public MatchesResponse matches() {
        return matching.matches(currentUser.accountId());
    }
}
