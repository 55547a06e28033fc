package io.vetted.identity.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** How one account wants one kind mailed; written by {@link PreferenceRepository#choose} only. */
@MappedEntity("notification_preference")
record NotificationPreference(
        @Id UUID id,
        UUID accountId,
        NotificationKind kind,
        Delivery delivery,
        @Version @Nullable Long version,
        @DateUpdated @Nullable Instant updatedAt) {}
