package io.vetted.vendor.provider;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.RequiresScope;
import io.vetted.support.auth.Roles;
import io.vetted.support.auth.Scopes;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.team.TeamMember;
import io.vetted.vendor.team.TeamMemberRepository;
import java.util.UUID;

@Controller
@Secured(Roles.SERVICE)
@RequiresScope(Scopes.PROVIDERS_READ)
@ExecuteOn(TaskExecutors.BLOCKING)
class MembershipController implements MembershipOperations {

    private final ProviderRepository providers;
    private final ProfileAccess access;
    private final TeamMemberRepository team;

    MembershipController(ProviderRepository providers, ProfileAccess access, TeamMemberRepository team) {
        this.providers = providers;
        this.access = access;
        this.team = team;
    }

    @Override
    public HttpResponse<Void> member(UUID id, UUID accountId) {
        boolean member =
                providers.findById(id).map(p -> access.actsFor(p, accountId)).orElse(false);
        if (!member) {
            throw ApiProblems.notFound("Account " + accountId + " does not act for provider " + id);
        }
        return HttpResponse.noContent();
    }

    @Override
    public ProviderOwnerResponse owner(UUID id) {
        return providers
                .findByIdAndStatus(id, ProviderStatus.PUBLISHED)
                .map(p -> new ProviderOwnerResponse(
                        p.id(),
                        p.ownerAccountId(),
                        p.name(),
                        p.website(),
                        team.findByProviderIdOrderByAddedAt(p.id()).stream()
                                .map(TeamMember::accountId)
                                .toList()))
                .orElseThrow(() -> ApiProblems.notFound("No published provider with id " + id));
    }
}
