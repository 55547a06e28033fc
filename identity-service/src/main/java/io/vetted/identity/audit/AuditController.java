package io.vetted.identity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import java.util.UUID;

@Controller
@Secured(Roles.MODERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController implements AuditOperations {

    private final SecurityLog log;

    AuditController(SecurityLog log) {
        this.log = log;
    }

    @Override
    public SecurityEventView.Page events(
            @Nullable UUID accountId, @Nullable SecurityEventType type, int page, int size) {
        return log.search(accountId, type, page, size);
    }
}
