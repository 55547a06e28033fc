package io.vetted.review.verification;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

@Tag(name = "Verification")
public interface VerificationOperations {

    @Post("/api/providers/{providerId}/invitations")
    @Operation(
            summary =
                    "Invite a client, by email, to write a reference (the provider's team); the token is returned once")
    HttpResponse<InvitationResponse> invite(
            @PathVariable UUID providerId, @Valid @NotNull @Body InvitationRequest request);

    @Get("/api/providers/{providerId}/invitations")
    @Operation(summary = "The provider's invitations and whether each was used or expired (the provider's team)")
    List<InvitationResponse> invitations(@PathVariable UUID providerId);

    @Get("/api/invitations/{token}")
    @Operation(summary = "What an invitation link is for: the provider, a hint of the invited email, its status")
    InvitationResponse.Preview preview(@PathVariable @Size(max = 200) String token);

    @Post("/api/references/{id}/confirmation")
    @Operation(summary = "Confirm that the reviewed engagement took place (the provider's team; not its content)")
    ReferenceResponse confirm(@PathVariable UUID id);
}
