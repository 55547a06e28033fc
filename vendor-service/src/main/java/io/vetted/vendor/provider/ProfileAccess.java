package io.vetted.vendor.provider;

import io.vetted.support.auth.CurrentUser;
import io.vetted.support.problem.ApiProblems;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Who may read a draft or change a profile: its owner and the members of its team, nobody else. */
@Singleton
public class ProfileAccess {

    private final ProviderRepository providers;
    private final ProfileMembership membership;
    private final CurrentUser currentUser;

    ProfileAccess(ProviderRepository providers, ProfileMembership membership, CurrentUser currentUser) {
        this.providers = providers;
        this.membership = membership;
        this.currentUser = currentUser;
    }

    /** @return the provider, when the caller may edit it; 404 when unknown, 403 when someone else's */
    public Provider requireEditable(UUID providerId) {
        Provider provider = providers
                .findById(providerId)
                .orElseThrow(() -> ApiProblems.notFound("No provider with id " + providerId));
        if (!actsFor(provider, currentUser.accountId())) {
            throw ApiProblems.forbidden("Only the provider's own accounts may change its profile");
        }
        return provider;
    }

    public boolean actsFor(Provider provider, UUID accountId) {
        return provider.ownerAccountId().equals(accountId) || membership.isMember(provider.id(), accountId);
    }

    /** The profile the caller owns or, failing that, the one whose team they belong to. */
    public Optional<Provider> callersProfile() {
        UUID caller = currentUser.accountId();
        return providers
                .findByOwnerAccountId(caller)
                .or(() -> membership.providerOfMember(caller).flatMap(providers::findById));
    }

    public UUID caller() {
        return currentUser.accountId();
    }
}
