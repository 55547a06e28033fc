package io.vetted.vendor.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A profile claims the SIREN another one holds; a moderator decides with each side's statement and evidence. */
@MappedEntity("siren_contest")
record SirenContest(
        @Id UUID id,
        String siren,
        UUID holderProviderId,
        UUID claimantProviderId,
        String claimantStatement,
        @Nullable UUID claimantDocumentId,
        @Nullable String holderStatement,
        @Nullable UUID holderDocumentId,
        @Nullable Instant holderAnsweredAt,
        ContestStatus status,
        @Nullable ContestSide winner,
        @Nullable String decisionReason,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt,
        UUID openedBy,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    SirenContest answered(String statement, @Nullable UUID documentId) {
        return new SirenContest(
                id,
                siren,
                holderProviderId,
                claimantProviderId,
                claimantStatement,
                claimantDocumentId,
                statement,
                documentId,
                Instant.now(),
                status,
                winner,
                decisionReason,
                decidedBy,
                decidedAt,
                openedBy,
                version,
                createdAt,
                updatedAt);
    }

    /** Closed, without its documents: decided evidence is not kept. */
    SirenContest closed(
            ContestStatus newStatus, @Nullable ContestSide winning, @Nullable String reason, @Nullable UUID moderator) {
        return new SirenContest(
                id,
                siren,
                holderProviderId,
                claimantProviderId,
                claimantStatement,
                null,
                holderStatement,
                null,
                holderAnsweredAt,
                newStatus,
                winning,
                reason,
                moderator,
                newStatus == ContestStatus.DECIDED ? Instant.now() : null,
                openedBy,
                version,
                createdAt,
                updatedAt);
    }
}
