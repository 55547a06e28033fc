package io.vetted.vendor.compliance;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;
import io.vetted.vendor.catalog.ComplianceTopic;
import java.util.List;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplianceController implements ComplianceOperations {

    private final ComplianceService compliance;
    private final CurrentUser currentUser;

    ComplianceController(ComplianceService compliance, CurrentUser currentUser) {
        this.compliance = compliance;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ClaimResponse declare(UUID id, ComplianceTopic topic, ClaimRequest claim) {
        return compliance.declare(id, topic, claim);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<Void> withdraw(UUID id, ComplianceTopic topic, long version) {
        compliance.withdraw(id, topic, version);
        return HttpResponse.noContent();
    }

    @Override
    @Secured(Roles.MODERATOR)
    public ClaimResponse review(UUID id, ComplianceTopic topic, ClaimReview review) {
        return compliance.review(id, topic, review, currentUser.accountId());
    }

    @Override
    @Secured(Roles.MODERATOR)
    public List<ClaimResponse.Pending> pending(int limit) {
        return compliance.pending(limit);
    }
}
