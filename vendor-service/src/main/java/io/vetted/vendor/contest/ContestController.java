package io.vetted.vendor.contest;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ContestController implements ContestOperations {

    private final Contests contests;
    private final ContestDecisions decisions;
    private final CurrentUser currentUser;

    ContestController(Contests contests, ContestDecisions decisions, CurrentUser currentUser) {
        this.contests = contests;
        this.decisions = decisions;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<ContestResponse> open(UUID id, ContestRequest contest) {
        return HttpResponse.created(contests.open(id, contest));
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ContestResponse answer(UUID contestId, ContestAnswer answer) {
        return contests.answer(contestId, answer);
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ContestResponse decide(UUID contestId, ContestDecision decision) {
        return decisions.decide(contestId, decision, currentUser.accountId());
    }
}
