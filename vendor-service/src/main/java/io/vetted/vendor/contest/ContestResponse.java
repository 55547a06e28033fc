package io.vetted.vendor.contest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A SIREN contest as one of its sides sees it: its own statement, whether the holder answered, the
 * other profile's name, and the outcome with the moderator's reason.
 */
@Serdeable
public record ContestResponse(
        UUID id,
        String siren,
        ContestSide side,
        UUID otherProviderId,
        String otherProviderName,
        String statement,
        boolean holderAnswered,
        ContestStatus status,
        @Nullable ContestSide winner,
        @Nullable String decisionReason,
        Instant openedAt,
        @Nullable Instant decidedAt) {}
