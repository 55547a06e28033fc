package io.vetted.vendor.team;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.vendor.provider.ProfileMembership;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Team members act for their provider like its owner: replaces the owner-only default. */
@Singleton
class TeamMembership implements ProfileMembership {

    private final TeamMemberRepository members;

    TeamMembership(TeamMemberRepository members) {
        this.members = members;
    }

    @Override
    @ReadOnly
    public boolean isMember(UUID providerId, UUID accountId) {
        return members.existsByProviderIdAndAccountId(providerId, accountId);
    }

    @Override
    @ReadOnly
    public Optional<UUID> providerOfMember(UUID accountId) {
        return members.findById(accountId).map(TeamMember::providerId);
    }
}
