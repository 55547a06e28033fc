package io.vetted.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** Rows are written in sets by {@link Notifications#accept}; this maps them for reading. */
@MappedEntity("notification")
record Notification(
        @Id UUID id,
        UUID accountId,
        UUID eventId,
        NotificationKind kind,
        String subject,
        String body,
        @Nullable String link,
        Delivery delivery,
        @Nullable Instant mailDueAt,
        @Nullable Instant readAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt) {}
