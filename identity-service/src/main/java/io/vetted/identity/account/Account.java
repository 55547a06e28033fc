package io.vetted.identity.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("account")
public record Account(
        @Id @AutoPopulated @Nullable UUID id,
        String email,
        String passwordHash,
        Role role,
        String displayName,
        String language,
        @Nullable Instant emailVerifiedAt,
        @Nullable Instant disabledAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static Account create(String email, String passwordHash, Role role, String displayName, String language) {
        return new Account(null, email, passwordHash, role, displayName, language, null, null, null, null, null);
    }

    public boolean verified() {
        return emailVerifiedAt != null;
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    Account withPasswordHash(String hash) {
        return new Account(
                id,
                email,
                hash,
                role,
                displayName,
                language,
                emailVerifiedAt,
                disabledAt,
                version,
                createdAt,
                updatedAt);
    }

    /** The credentials, role, name and language that one sign-up chose. */
    Account withSignUp(OneTimeToken.SignUp signUp) {
        return new Account(
                id,
                email,
                signUp.passwordHash(),
                signUp.role(),
                signUp.displayName(),
                signUp.language(),
                emailVerifiedAt,
                disabledAt,
                version,
                createdAt,
                updatedAt);
    }

    Account verifiedAt(Instant when) {
        return new Account(
                id, email, passwordHash, role, displayName, language, when, disabledAt, version, createdAt, updatedAt);
    }

    Account withRole(Role newRole) {
        return new Account(
                id,
                email,
                passwordHash,
                newRole,
                displayName,
                language,
                emailVerifiedAt,
                disabledAt,
                version,
                createdAt,
                updatedAt);
    }

    Account disabledAt(@Nullable Instant when) {
        return new Account(
                id,
                email,
                passwordHash,
                role,
                displayName,
                language,
                emailVerifiedAt,
                when,
                version,
                createdAt,
                updatedAt);
    }
}
