package io.vetted.vendor.company;

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
class CompanyController implements CompanyOperations {

    private final CompanyChecks checks;
    private final CurrentUser currentUser;

    CompanyController(CompanyChecks checks, CurrentUser currentUser) {
        this.checks = checks;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<CompanyCheckResponse> request(UUID id, CompanyCheckRequest check) {
        return HttpResponse.created(checks.request(id, check));
    }

    @Override
    @Secured(Roles.MODERATOR)
    public CompanyCheckResponse decide(UUID checkId, CompanyCheckDecision decision) {
        return checks.decide(checkId, decision, currentUser.accountId());
    }
}
