package io.vetted.vendor.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;

@Controller
@Secured(Roles.MODERATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class IdentityQueueController implements IdentityQueueOperations {

    private final IdentityQueue queue;

    IdentityQueueController(IdentityQueue queue) {
        this.queue = queue;
    }

    @Override
    public IdentityQueueResponse queue(@Nullable QueueKind kind, int page, int size) {
        return queue.page(kind, page, size);
    }
}
