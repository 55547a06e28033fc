package io.vetted.vendor.diligence;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import io.vetted.vendor.diligence.DiligenceResponses.DueDiligenceResponse;
import io.vetted.vendor.diligence.DiligenceResponses.SubcontractingResponse;
import java.util.UUID;

@Controller
@Secured(Roles.PROVIDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class DiligenceController implements DiligenceOperations {

    private final DiligenceService diligence;

    DiligenceController(DiligenceService diligence) {
        this.diligence = diligence;
    }

    @Override
    public SubcontractingResponse subcontracting(UUID id, SubcontractingRequest disclosure) {
        return diligence.update(id, disclosure);
    }

    @Override
    public DueDiligenceResponse dueDiligence(UUID id, DueDiligenceRequest answers) {
        return diligence.update(id, answers);
    }
}
