package io.vetted.identity.account;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record AccountResponse(UUID id, String email, Role role, String displayName, Instant createdAt) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id(), account.email(), account.role(), account.displayName(),
                account.createdAt());
    }
}
