package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies moderation endpoints accept. */
public final class ModerationRequests {

    private ModerationRequests() {}

    @Serdeable
    public record ReportRequest(
            @NotNull ReportReason reason,
            @Nullable @Size(max = 1000) String details) {}

    @Serdeable
    public record DisputeRequest(@NotBlank @Size(max = 2000) String details) {}

    /** {@code reason} is shown to every reader in place of the hidden reference. */
    @Serdeable
    public record HideRequest(@NotBlank @Size(max = 500) String reason) {}

    @Serdeable
    public record DecisionRequest(
            @NotNull DisputeOutcome outcome,
            @NotBlank @Size(max = 500) String reason) {}
}
