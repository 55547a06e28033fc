package io.vetted.identity.account;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
public record AccountResponse(
        UUID id,
        String email,
        Role role,
        String displayName,
        String language,
        boolean emailVerified,
        boolean disabled,
        Instant createdAt) {

    public static AccountResponse of(Account account) {
        return new AccountResponse(
                account.id(),
                account.email(),
                account.role(),
                account.displayName(),
                account.language(),
                account.verified(),
                account.disabled(),
                account.createdAt());
    }
}
