package io.vetted.vendor.sla;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import java.util.UUID;

@Controller
@Secured(Roles.PROVIDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class SlaController implements SlaOperations {

    private final SlaService slas;

    SlaController(SlaService slas) {
        this.slas = slas;
    }

    @Override
    public SlaResponse update(UUID id, SlaRequest sla) {
        return slas.update(id, sla);
    }
}
