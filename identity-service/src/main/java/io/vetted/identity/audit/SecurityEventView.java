package io.vetted.identity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record SecurityEventView(
        long id,
        SecurityEventType type,
        @Nullable UUID accountId,
        @Nullable UUID actorId,
        @Nullable String clientAddress,
        String detail,
        Instant occurredAt) {

    public static SecurityEventView of(SecurityEvent event) {
        return new SecurityEventView(
                event.id(),
                event.type(),
                event.accountId(),
                event.actorId(),
                event.clientAddress(),
                event.detail(),
                event.occurredAt());
    }

    @Serdeable
    public record Page(List<SecurityEventView> items, long total, int page, int size) {}
}
