package io.vetted.vendor.provider;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderController implements ProviderOperations {

    private final ProfileService profiles;
    private final PublicProfiles publicProfiles;

    ProviderController(ProfileService profiles, PublicProfiles publicProfiles) {
        this.profiles = profiles;
        this.publicProfiles = publicProfiles;
    }

    @Override
    @Secured(Roles.PROVIDER)
    public HttpResponse<ProviderResponse> create(CreateProviderRequest request) {
        ProviderResponse created = profiles.create(request);
        return HttpResponse.created(created, URI.create("/api/providers/" + created.id()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    public ProviderResponse get(UUID id) {
        return publicProfiles.published(id);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ProviderResponse mine() {
        return profiles.mine();
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ProviderResponse identity(UUID id, IdentityRequest identity) {
        return profiles.identity(id, identity);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ProviderResponse delivery(UUID id, DeliveryRequest delivery) {
        return profiles.delivery(id, delivery);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ProviderResponse specialties(UUID id, SpecialtiesRequest specialties) {
        return profiles.specialties(id, specialties);
    }

    @Override
    @Secured(Roles.PROVIDER)
    public ProviderResponse status(UUID id, StatusRequest status) {
        return profiles.status(id, status);
    }
}
