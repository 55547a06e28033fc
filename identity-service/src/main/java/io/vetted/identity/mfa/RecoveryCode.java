package io.vetted.identity.mfa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("recovery_code")
public record RecoveryCode(
        @Id @AutoPopulated @Nullable UUID id,
        UUID accountId,
        String codeHash,
        @Nullable Instant usedAt,
        @DateCreated @Nullable Instant createdAt) {}
