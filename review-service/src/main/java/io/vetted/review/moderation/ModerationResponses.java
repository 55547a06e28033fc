package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.review.reference.ReferenceResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class ModerationResponses {

    private ModerationResponses() {}

    @Serdeable
    public record ReportResponse(
            UUID id,
            UUID referenceId,
            ReportReason reason,
            @Nullable String details,
            Instant createdAt) {
        static ReportResponse of(Report report) {
            return new ReportResponse(
                    report.id(), report.referenceId(), report.reason(), report.details(), report.createdAt());
        }
    }

    @Serdeable
    public record DisputeResponse(
            UUID id,
            UUID referenceId,
            String details,
            @Nullable DisputeOutcome outcome,
            @Nullable String decisionReason,
            Instant createdAt,
            @Nullable Instant decidedAt) {
        static DisputeResponse of(Dispute d) {
            return new DisputeResponse(
                    d.id(),
                    d.referenceId(),
                    d.details(),
                    d.outcome(),
                    d.decisionReason(),
                    d.createdAt(),
                    d.decidedAt());
        }
    }

    @Serdeable
    public record FlagResponse(FlagKind kind, String detail, Instant createdAt) {}

    /** A reference that needs a moderator's eye, shown in full even when hidden. */
    @Serdeable
    public record QueueItem(
            ReferenceResponse reference,
            List<ReportResponse> reports,
            List<FlagResponse> flags,
            @Nullable DisputeResponse dispute) {}
}
