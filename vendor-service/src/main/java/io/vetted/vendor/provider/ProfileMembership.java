package io.vetted.vendor.provider;

import java.util.Optional;
import java.util.UUID;

/**
 * Accounts that act for a provider besides its owner (an agency's team). The owner-only default
 * gives way to any other bean implementing this interface.
 */
public interface ProfileMembership {

    /** Whether {@code accountId} is a member of {@code providerId}'s team (the owner is checked apart). */
    boolean isMember(UUID providerId, UUID accountId);

    /** The provider whose team {@code accountId} belongs to, if any. */
    Optional<UUID> providerOfMember(UUID accountId);
}
