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
        @DateCreated @Nullable Instant createdAt,
        @Nullable String passwordHash,
        @Nullable Role role,
        @Nullable String displayName,
        @Nullable String language) {

    /** What one sign-up chose, carried by its verification link until the link is followed. */
    record SignUp(String passwordHash, Role role, String displayName, String language) {}

    /** The credentials of the sign-up that issued this link, if it is a verification link that carries them. */
    @Nullable
    SignUp signUp() {
        return passwordHash == null || role == null || displayName == null || language == null
                ? null
                : new SignUp(passwordHash, role, displayName, language);
    }

    public enum Purpose {
        VERIFY_EMAIL,
        RESET_PASSWORD,
        SIGN_IN
    }

    boolean usable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
