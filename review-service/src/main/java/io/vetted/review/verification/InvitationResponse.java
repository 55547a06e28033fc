package io.vetted.review.verification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as its provider sees it. {@code token} (and the link built from it) is only
 * returned once, when the invitation is created; the provider sends it to the client.
 */
@Serdeable
public record InvitationResponse(
        UUID id,
        UUID providerId,
        String email,
        InvitationStatus status,
        Instant expiresAt,
        Instant createdAt,
        @Nullable UUID referenceId,
        @Nullable String token) {

    static InvitationResponse of(Invitation invitation, Instant now, @Nullable String token) {
        return new InvitationResponse(
                invitation.id(),
                invitation.providerId(),
                invitation.email(),
                invitation.status(now),
                invitation.expiresAt(),
                invitation.createdAt(),
                invitation.referenceId(),
                token);
    }

    /** What the invited client sees when opening the link: nothing about others, the email only hinted. */
    @Serdeable
    public record Preview(
            UUID providerId, String providerName, String emailHint, InvitationStatus status, Instant expiresAt) {}
}
