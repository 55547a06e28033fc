package io.vetted.vendor.reputation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;
import java.util.UUID;

@Controller
@Secured(Roles.SERVICE)
@RequiresScope(Scopes.REPUTATION_WRITE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReputationController implements ReputationOperations {

    private final ReputationService reputations;

    ReputationController(ReputationService reputations) {
        this.reputations = reputations;
    }

    @Override
    public HttpResponse<Void> update(UUID id, ReputationUpdate update) {
        reputations.apply(id, update);
        return HttpResponse.noContent();
    }

    @Override
    public ReputationBatchResult updateAll(ReputationBatch batch) {
        return new ReputationBatchResult(reputations.applyAll(batch.snapshots()));
    }
}
