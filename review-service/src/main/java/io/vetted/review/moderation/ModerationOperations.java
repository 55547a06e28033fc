package io.vetted.review.moderation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

@Tag(name = "Moderation")
public interface ModerationOperations {

    @Post("/api/references/{id}/reports")
    @Operation(summary = "Report a reference to moderators, with a reason (any signed-in account)")
    HttpResponse<ModerationResponses.ReportResponse> report(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.ReportRequest request);

    @Post("/api/references/{id}/disputes")
    @Operation(summary = "Dispute a reference as an engagement that never happened (the provider's team)")
    HttpResponse<ModerationResponses.DisputeResponse> dispute(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.DisputeRequest request);

    @Get("/api/moderation/queue")
    @Operation(summary = "References with open reports, flags or disputes, the longest-waiting first (moderators)")
    List<ModerationResponses.QueueItem> queue();

    @Post("/api/moderation/references/{id}/hide")
    @Operation(summary = "Hide a reference; the public reason shows in its place (moderators)")
    ReferenceResponse hide(@PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.HideRequest request);

    @Post("/api/moderation/references/{id}/restore")
    @Operation(summary = "Show a hidden reference again (moderators)")
    ReferenceResponse restore(@PathVariable UUID id);

    @Post("/api/moderation/references/{id}/dismissal")
    @Operation(summary = "Close a reference's open reports and flags, leaving it published (moderators)")
    ReferenceResponse dismiss(@PathVariable UUID id);

    @Post("/api/moderation/disputes/{id}/decision")
    @Operation(
            summary =
                    "Decide a dispute: UPHELD hides the reference with the reason, REJECTED removes the label (moderators)")
    ModerationResponses.DisputeResponse decide(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.DecisionRequest request);
}
