package io.vetted.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** vendor-service's team API, as the team pages use it, called as the signed-in visitor (VisitorTokenForwarding). */
@Client(id = "vendor")
public interface TeamClient {

    /** @return null when the signed-in account owns no profile and belongs to no team */
    @Nullable
    @Get("/api/providers/mine")
    Profile mine();

    @Get("/api/providers/{id}/team")
    Team team(@PathVariable UUID id);

    @Post("/api/providers/{id}/team/invitations")
    Invitation invite(@PathVariable UUID id, @Body NewInvitation invitation);

    @Delete("/api/providers/{id}/team/invitations/{invitationId}")
    HttpResponse<Void> withdraw(@PathVariable UUID id, @PathVariable UUID invitationId);

    @Delete("/api/providers/{id}/team/members/{accountId}")
    HttpResponse<Void> remove(@PathVariable UUID id, @PathVariable UUID accountId);

    @Get("/api/team/invitations")
    List<Invitation> myInvitations();

    @Post("/api/team/invitations/{invitationId}/acceptance")
    HttpResponse<Void> accept(@PathVariable UUID invitationId);

    @Serdeable
    record Profile(UUID id, UUID ownerAccountId, String name) {}

    @Serdeable
    record Team(UUID providerId, UUID ownerAccountId, List<Member> members, List<Invitation> invitations) {
        public Team {
            members = members == null ? List.of() : members;
            invitations = invitations == null ? List.of() : invitations;
        }
    }

    @Serdeable
    record Member(UUID accountId, String displayName, String email, Instant addedAt) {}

    @Serdeable
    record Invitation(UUID id, UUID providerId, String providerName, String email, Instant expiresAt) {}

    @Serdeable
    record NewInvitation(String email) {}
}
