package io.vetted.review.reference;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.support.auth.CurrentUser;
import io.vetted.support.auth.Roles;

import java.net.URI;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceController implements ReferenceOperations {

    private final ReferenceService references;
    private final CurrentUser currentUser;

    ReferenceController(ReferenceService references, CurrentUser currentUser) {
        this.references = references;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.SME)
    public HttpResponse<ReferenceResponse> create(UUID providerId, CreateReferenceRequest request) {
        String authorName = currentUser.attribute("name").orElse("Client");
        ReferenceResponse created = references.create(providerId, currentUser.accountId(), authorName, request);
        return HttpResponse.created(created,
                URI.create("/api/providers/" + providerId + "/references/" + created.id()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ReferenceResponse.Page list(UUID providerId, int page, int size) {
        return references.list(providerId, page, size);
    }
}
