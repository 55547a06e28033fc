package io.vetted.identity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("security_event")
public record SecurityEvent(
        @Id @GeneratedValue @Nullable Long id,
        SecurityEventType type,
        @Nullable UUID accountId,
        @Nullable UUID actorId,
        @Nullable String clientAddress,
        String detail,
        @DateCreated @Nullable Instant occurredAt) {}
