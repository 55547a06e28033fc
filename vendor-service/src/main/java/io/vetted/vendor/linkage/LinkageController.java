package io.vetted.vendor.linkage;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import java.util.UUID;

@Controller
@Secured(Roles.SERVICE)
@ExecuteOn(TaskExecutors.BLOCKING)
class LinkageController implements LinkageOperations {

    private final Linkage linkage;

    LinkageController(Linkage linkage) {
        this.linkage = linkage;
    }

    @Override
    public LinkageResponse linkage(UUID id) {
        return linkage.of(id);
    }
}
