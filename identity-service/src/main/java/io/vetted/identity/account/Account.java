package io.vetted.identity.account;

import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("account")
public record Account(
        @Id @AutoPopulated @Nullable UUID id,
        String email,
        String passwordHash,
        Role role,
        String displayName,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static Account create(String email, String passwordHash, Role role, String displayName) {
        return new Account(null, email, passwordHash, role, displayName, null, null, null);
    }
}
