package io.vetted.vendor.linkage;

import io.micronaut.transaction.annotation.ReadOnly;
import io.vetted.support.problem.ApiProblems;
import io.vetted.vendor.history.IdentityHistory;
import io.vetted.vendor.provider.Provider;
import io.vetted.vendor.provider.ProviderRepository;
import io.vetted.vendor.team.TeamMember;
import io.vetted.vendor.team.TeamMemberRepository;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The provider-side facts behind a "linked accounts" flag: who acts for the provider and which domains were its own. */
@Singleton
class Linkage {

    static final int DAYS = 90;

    private final ProviderRepository providers;
    private final TeamMemberRepository members;
    private final IdentityHistory history;

    Linkage(ProviderRepository providers, TeamMemberRepository members, IdentityHistory history) {
        this.providers = providers;
        this.members = members;
        this.history = history;
    }

    @ReadOnly
    LinkageResponse of(UUID providerId) {
        Provider provider =
                providers.findById(providerId).orElseThrow(() -> ApiProblems.notFound("No provider " + providerId));
        List<UUID> team = new ArrayList<>();
        team.add(provider.ownerAccountId());
        members.findByProviderIdOrderByAddedAt(providerId).stream()
                .map(TeamMember::accountId)
                .forEach(team::add);
        return new LinkageResponse(
                providerId,
                team,
                DAYS,
                history.websiteDomains(provider, Instant.now().minus(Duration.ofDays(DAYS))),
                history.lastWebsiteChange(providerId));
    }
}
