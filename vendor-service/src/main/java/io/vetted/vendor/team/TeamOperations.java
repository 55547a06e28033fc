package io.vetted.vendor.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

@Tag(name = "Team")
public interface TeamOperations {

    @Get("/api/providers/{id}/team")
    @Operation(summary = "The profile's team and pending invitations (owner and members)")
    TeamPayloads.Team team(@PathVariable UUID id);

    @Post("/api/providers/{id}/team/invitations")
    @Operation(summary = "Invite a colleague by email to edit the profile (owner)")
    HttpResponse<TeamPayloads.Invitation> invite(
            @PathVariable UUID id, @Valid @NotNull @Body TeamPayloads.NewInvitation request);

    @Delete("/api/providers/{id}/team/invitations/{invitationId}")
    @Operation(summary = "Withdraw an invitation (owner)")
    HttpResponse<Void> withdraw(@PathVariable UUID id, @PathVariable UUID invitationId);

    @Delete("/api/providers/{id}/team/members/{accountId}")
    @Operation(summary = "Remove a member (owner), or leave the team (the member)")
    HttpResponse<Void> remove(@PathVariable UUID id, @PathVariable UUID accountId);

    @Get("/api/team/invitations")
    @Operation(summary = "Invitations addressed to the signed-in provider account's email")
    List<TeamPayloads.Invitation> myInvitations();

    @Post("/api/team/invitations/{invitationId}/acceptance")
    @Operation(summary = "Accept an invitation addressed to the signed-in account's email and join the team")
    HttpResponse<Void> accept(@PathVariable UUID invitationId);
}
