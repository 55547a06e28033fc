package io.vetted.identity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * An event of a person's account as their data export shows it: who acted is said as a role, never
 * as another person's id, and the network address is shown only where the person acted themselves
 * or nobody was identified (a sign-in lock, a refused link), never a moderator's.
 */
@Serdeable
public record OwnSecurityEvent(
        SecurityEventType type, Actor actor, @Nullable String clientAddress, String detail, Instant occurredAt) {

    public enum Actor {
        YOU,
        MODERATOR,
        UNIDENTIFIED
    }

    static OwnSecurityEvent of(SecurityEvent event, UUID accountId) {
        Actor actor = event.actorId() == null
                ? Actor.UNIDENTIFIED
                // only moderators act on another person's account (role changes, suspensions)
                : event.actorId().equals(accountId) ? Actor.YOU : Actor.MODERATOR;
        return new OwnSecurityEvent(
                event.type(),
                actor,
                actor == Actor.MODERATOR ? null : event.clientAddress(),
                event.detail(),
                event.occurredAt());
    }
}
