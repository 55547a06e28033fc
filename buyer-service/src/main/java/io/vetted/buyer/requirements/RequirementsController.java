package io.vetted.buyer.requirements;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;

/** Only the account's own requirements: the token's subject is the only key, no id is ever taken. */
@Controller
@Secured(Roles.SME)
@ExecuteOn(TaskExecutors.BLOCKING)
class RequirementsController implements RequirementsOperations {

    private final RequirementsService requirements;
    private final CurrentUser currentUser;

    RequirementsController(RequirementsService requirements, CurrentUser currentUser) {
        this.requirements = requirements;
        this.currentUser = currentUser;
    }

    @Override
    public RequirementsResponse requirements() {
        return requirements.of(currentUser.accountId());
    }

    @Override
    public RequirementsResponse save(RequirementsRequest request) {
        return requirements.save(currentUser.accountId(), request);
    }
}
