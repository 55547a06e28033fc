package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** What the register and the moderators said about the SIREN a provider declares. */
@MappedEntity("company_identity")
record CompanyIdentity(
        @Id UUID providerId,
        String siren,
        RegisterState registerState,
        @Nullable String registerName,
        @Nullable Instant registerCheckedAt,
        int checkAttempts,
        @Nullable Instant nextCheckAt,
        @Nullable UUID moderatorCheckedBy,
        @Nullable Instant moderatorCheckedAt,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static CompanyIdentity declared(UUID providerId, String siren) {
        return new CompanyIdentity(
                providerId, siren, RegisterState.PENDING, null, null, 0, Instant.now(), null, null, null, null, null);
    }

    CompanyStatus status() {
        return registerState == RegisterState.ACTIVE && moderatorCheckedAt != null
                ? CompanyStatus.VERIFIED
                : CompanyStatus.DECLARED;
    }

    /** When the second of the two checks came in, once both did. */
    @Nullable
    Instant verifiedAt() {
        if (status() != CompanyStatus.VERIFIED || registerCheckedAt == null) {
            return null;
        }
        return registerCheckedAt.isAfter(moderatorCheckedAt) ? registerCheckedAt : moderatorCheckedAt;
    }

    CompanyIdentity checkedByModerator(UUID moderator) {
        return new CompanyIdentity(
                providerId,
                siren,
                registerState,
                registerName,
                registerCheckedAt,
                checkAttempts,
                nextCheckAt,
                moderator,
                Instant.now(),
                version,
                createdAt,
                updatedAt);
    }
}
