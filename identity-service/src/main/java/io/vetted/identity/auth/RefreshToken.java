package io.vetted.identity.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One link of a sign-in's chain of refresh tokens; the secret itself is never stored. */
@MappedEntity("refresh_token")
public record RefreshToken(
        @Id @AutoPopulated @Nullable UUID id,
        String tokenHash,
        UUID familyId,
        UUID accountId,
        boolean secondFactor,
        Instant expiresAt,
        Instant familyExpiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt,
        @Nullable UUID replacedBy,
        @DateCreated @Nullable Instant createdAt) {}
