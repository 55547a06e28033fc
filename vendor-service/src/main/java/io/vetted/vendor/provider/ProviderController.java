package io.vetted.vendor.provider;

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
class ProviderController implements ProviderOperations {

    private final ProviderService providers;
    private final CurrentUser currentUser;

    ProviderController(ProviderService providers, CurrentUser currentUser) {
        this.providers = providers;
        this.currentUser = currentUser;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<ProviderResponse> create(CreateProviderRequest request) {
        ProviderResponse created = providers.create(currentUser.accountId(), request);
        return HttpResponse.created(created, URI.create("/api/providers/" + created.id()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ProviderResponse get(UUID id) {
        return providers.get(id);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ProviderResponse mine() {
        return providers.ownedBy(currentUser.accountId());
    }
}
