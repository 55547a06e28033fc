package io.vetted.vendor.provider;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Until profiles have teams, only the owner acts for a provider. */
@Singleton
@Secondary
class OwnerOnlyMembership implements ProfileMembership {

    @Override
    public boolean isMember(UUID providerId, UUID accountId) {
        return false;
    }

    @Override
    public Optional<UUID> providerOfMember(UUID accountId) {
        return Optional.empty();
    }
}
