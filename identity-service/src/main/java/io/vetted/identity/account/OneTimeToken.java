package io.vetted.identity.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A single-use, expiring link sent by email; only the digest of its secret is stored. */
@MappedEntity("one_time_token")
public record OneTimeToken(
        @Id @AutoPopulated @Nullable UUID id,
        String tokenHash,
        UUID accountId,
        Purpose purpose,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @DateCreated @Nullable Instant createdAt) {

    public enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD
    }

    boolean usable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
