package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A provider's request that a moderator check its company, with the evidence offered. */
@MappedEntity("company_check")
record CompanyCheck(
        @Id UUID id,
        UUID providerId,
        String siren,
        CheckEvidence evidence,
        @Nullable UUID documentId,
        @Nullable String contactEmail,
        String note,
        CheckStatus status,
        @Nullable String decisionReason,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt,
        UUID requestedBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    CompanyCheck decided(CheckStatus outcome, @Nullable String reason, @Nullable UUID moderator) {
        boolean decision = outcome == CheckStatus.ACCEPTED || outcome == CheckStatus.REJECTED;
        return new CompanyCheck(
                id,
                providerId,
                siren,
                evidence,
                null,
                contactEmail,
                note,
                outcome,
                reason,
                moderator,
                decision ? Instant.now() : null,
                requestedBy,
                version,
                createdAt,
                updatedAt);
    }
}
