package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.review.reference.ReferenceResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class ModerationResponses {

    private ModerationResponses() {}

    /** {@code target}: REFERENCE or REPLY; {@code anonymous} when no account filed it. */
    @Serdeable
    public record ReportResponse(
            UUID id,
            UUID referenceId,
            ReportReason reason,
            @Nullable String details,
            String target,
            boolean anonymous,
            Instant createdAt) {
        static ReportResponse of(Report report) {
            return new ReportResponse(
                    report.id(),
                    report.referenceId(),
                    report.reason(),
                    report.details(),
                    report.target(),
                    report.reporterAccountId() == null,
                    report.createdAt());
        }
    }

    @Serdeable
    public record DisputeResponse(
            UUID id,
            UUID referenceId,
            String details,
            @Nullable String newEvidence,
            @Nullable UUID reopens,
            @Nullable DisputeOutcome outcome,
            @Nullable String decisionReason,
            Instant createdAt,
            @Nullable Instant decidedAt) {
        static DisputeResponse of(Dispute d) {
            return new DisputeResponse(
                    d.id(),
                    d.referenceId(),
                    d.details(),
                    d.newEvidence(),
                    d.reopens(),
                    d.outcome(),
                    d.decisionReason(),
                    d.createdAt(),
                    d.decidedAt());
        }
    }

    @Serdeable
    public record FlagResponse(FlagKind kind, String detail, Instant createdAt) {}

    /** An earlier reference of the same author on the same provider, and what moderators decided about it. */
    @Serdeable
    public record HistoryEntry(
            UUID referenceId,
            String status,
            Instant publishedAt,
            @Nullable Instant hiddenAt,
            @Nullable String hiddenReason,
            @Nullable Instant withdrawnAt,
            List<String> decisions) {}

    /** A reference that needs a moderator's eye, shown in full even when hidden or under review. */
    @Serdeable
    public record QueueItem(
            ReferenceResponse reference,
            List<ReportResponse> reports,
            List<FlagResponse> flags,
            @Nullable DisputeResponse dispute,
            int risk,
            Instant waitingSince,
            List<CaseKind> kinds,
            List<HistoryEntry> history,
            boolean evidencePending) {}

    /** {@code oldestWaitingSeconds} is 0 when nothing waits; {@code byKind} counts cases per kind. */
    @Serdeable
    public record Counts(
            long waiting,
            @Nullable Instant oldestWaitingSince,
            long oldestWaitingSeconds,
            Map<CaseKind, Long> byKind) {}

    @Serdeable
    public record CasePage(List<QueueItem> items, long total, int page, int size, Counts counts) {}

    @Serdeable
    public record BulkResult(int decided, List<UUID> referenceIds) {}
}
