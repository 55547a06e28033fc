package io.vetted.review.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact request as either side sees it: the author sees who asks, for which company and why;
 * the requester sees the author's shared contact only once accepted.
 */
@Serdeable
public record ContactRequestResponse(
        UUID id,
        UUID referenceId,
        UUID providerId,
        String referenceAuthorName,
        String referenceCompanyName,
        String requesterName,
        String requesterCompany,
        String message,
        ContactStatus status,
        @Nullable String sharedContact,
        Instant createdAt,
        @Nullable Instant decidedAt) {}
