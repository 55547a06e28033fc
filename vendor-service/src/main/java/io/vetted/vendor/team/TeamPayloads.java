package io.vetted.vendor.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class TeamPayloads {

    private TeamPayloads() {}

    @Serdeable
    public record Team(UUID providerId, UUID ownerAccountId, List<Member> members, List<Invitation> invitations) {}

    @Serdeable
    public record Member(UUID accountId, String displayName, String email, Instant addedAt) {
        static Member of(TeamMember member) {
            return new Member(member.accountId(), member.displayName(), member.email(), member.addedAt());
        }
    }

    @Serdeable
    public record Invitation(UUID id, UUID providerId, String providerName, String email, Instant expiresAt) {}

    @Serdeable
    public record NewInvitation(
            @NotBlank @Email @Size(max = 254) String email) {}
}
