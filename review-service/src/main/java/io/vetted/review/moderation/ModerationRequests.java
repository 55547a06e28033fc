package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The bodies moderation endpoints accept. */
public final class ModerationRequests {

    private ModerationRequests() {}

    @Serdeable
    public record ReportRequest(
            @NotNull ReportReason reason,
            @Nullable @Size(max = 1000) String details) {}

    /** {@code newEvidence} is required to reopen a rejected dispute (once): what the moderator has not seen yet. */
    @Serdeable
    public record DisputeRequest(
            @NotBlank @Size(max = 2000) String details,
            @Nullable @Size(max = 2000) String newEvidence) {

        public DisputeRequest(String details) {
            this(details, null);
        }
    }

    /** {@code reason} is shown to every reader in place of the hidden reference or reply. */
    @Serdeable
    public record HideRequest(@NotBlank @Size(max = 500) String reason) {}

    @Serdeable
    public record DecisionRequest(
            @NotNull DisputeOutcome outcome,
            @NotBlank @Size(max = 500) String reason) {}

    /** CLEAR: the references count (flags and reports closed); HIDE: hidden with {@code reason}. */
    public enum BulkAction {
        CLEAR,
        HIDE
    }

    /**
     * One decision on a provider's open cases: all of them, or those listed. {@code reason} is
     * public for HIDE and kept in the moderation log for both.
     */
    @Serdeable
    public record BulkDecision(
            @NotNull BulkAction action,
            @NotBlank @Size(max = 500) String reason,
            @Nullable @Size(max = 500) List<@NotNull UUID> referenceIds) {}

    /** Evidence of the engagement: accepted, it earns "engagement evidence checked"; the file is deleted either way. */
    @Serdeable
    public record EvidenceDecision(
            @NotNull Boolean accepted,
            @NotBlank @Size(max = 500) String reason) {}
}
