package io.vetted.vendor.linkage;

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
@RequiresScope(Scopes.LINKAGE_READ)
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
