package io.vetted.vendor.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.vetted.support.auth.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller
@Secured(Roles.PROVIDER)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController implements TeamOperations {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    @Override
    public TeamPayloads.Team team(UUID id) {
        return teams.team(id);
    }

    @Override
    public HttpResponse<TeamPayloads.Invitation> invite(UUID id, TeamPayloads.NewInvitation request) {
        TeamPayloads.Invitation invitation = teams.invite(id, request.email());
        return HttpResponse.created(
                invitation, URI.create("/api/providers/" + id + "/team/invitations/" + invitation.id()));
    }

    @Override
    public HttpResponse<Void> withdraw(UUID id, UUID invitationId) {
        teams.withdraw(id, invitationId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<Void> remove(UUID id, UUID accountId) {
        teams.remove(id, accountId);
        return HttpResponse.noContent();
    }

    @Override
    public List<TeamPayloads.Invitation> myInvitations() {
        return teams.mine();
    }

    @Override
    public HttpResponse<Void> accept(UUID invitationId) {
        teams.accept(invitationId);
        return HttpResponse.noContent();
    }
}
