package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A company check as its provider and moderators see it; the document itself only moderators read. */
@Serdeable
public record CompanyCheckResponse(
        UUID id,
        UUID providerId,
        String siren,
        CheckEvidence evidence,
        @Nullable UUID documentId,
        @Nullable String contactEmail,
        String note,
        CheckStatus status,
        @Nullable String decisionReason,
        Instant requestedAt,
        @Nullable Instant decidedAt) {

    static CompanyCheckResponse of(CompanyCheck c) {
        return new CompanyCheckResponse(
                c.id(),
                c.providerId(),
                c.siren(),
                c.evidence(),
                c.documentId(),
                c.contactEmail(),
                c.note(),
                c.status(),
                c.decisionReason(),
                c.createdAt(),
                c.decidedAt());
    }
}
