package io.vetted.identity.mfa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** An account's TOTP secret (encrypted), pending until a first code confirms it. */
@MappedEntity("mfa_enrolment")
public record MfaEnrolment(
        @Id UUID accountId,
        String secret,
        @Nullable Instant confirmedAt,
        long lastUsedStep,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    boolean confirmed() {
        return confirmedAt != null;
    }

    MfaEnrolment confirm(Instant when) {
        return new MfaEnrolment(accountId, secret, when, lastUsedStep, version, createdAt, updatedAt);
    }

    MfaEnrolment usedStep(long step) {
        return new MfaEnrolment(accountId, secret, confirmedAt, step, version, createdAt, updatedAt);
    }
}
