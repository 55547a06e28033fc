package io.vetted.review.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Moderation")
public interface ModerationOperations {

    @Post("/api/references/{id}/reports")
    @Operation(summary = "Report a reference to moderators, with a reason (anyone; anonymous reports are throttled)")
    HttpResponse<ModerationResponses.ReportResponse> report(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.ReportRequest request);

    @Post("/api/references/{id}/reply/reports")
    @Operation(summary = "Report the provider's reply to a reference (anyone; anonymous reports are throttled)")
    HttpResponse<ModerationResponses.ReportResponse> reportReply(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.ReportRequest request);

    @Post("/api/references/{id}/disputes")
    @Operation(
            summary =
                    "Dispute a reference as an engagement that never happened (the provider's team); a rejected dispute reopens once, with newEvidence")
    HttpResponse<ModerationResponses.DisputeResponse> dispute(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.DisputeRequest request);

    @Get("/api/moderation/cases{?page,size,sort,kind,providerId}")
    @Operation(
            summary =
                    "The moderation queue (moderators): pages sorted by RISK (default) or AGE, filtered by kind and provider, with counts")
    ModerationResponses.CasePage cases(
            @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
            @Nullable @QueryValue QueueSort sort,
            @Nullable @QueryValue CaseKind kind,
            @Nullable @QueryValue UUID providerId);

    @Post("/api/moderation/references/{id}/hide")
    @Operation(summary = "Hide a reference; the public reason shows in its place and its author is told (moderators)")
    ReferenceResponse hide(@PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.HideRequest request);

    @Post("/api/moderation/references/{id}/restore")
    @Operation(summary = "Show a hidden reference again; its author is told (moderators)")
    ReferenceResponse restore(@PathVariable UUID id);

    @Post("/api/moderation/references/{id}/dismissal")
    @Operation(
            summary =
                    "Clear a reference: close its open reports and flags; one under review counts from now on (moderators)")
    ReferenceResponse dismiss(@PathVariable UUID id);

    @Post("/api/moderation/references/{id}/reply/hide")
    @Operation(summary = "Hide the provider's reply; the public reason shows in its place (moderators)")
    ReferenceResponse hideReply(@PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.HideRequest request);

    @Post("/api/moderation/references/{id}/reply/restore")
    @Operation(summary = "Show a hidden reply again (moderators)")
    ReferenceResponse restoreReply(@PathVariable UUID id);

    @Post("/api/moderation/references/{id}/company-domain")
    @Operation(
            summary =
                    "Confirm, once for the company, that the author's mail domain is its own; the reference is checked again (moderators)")
    ReferenceResponse confirmCompanyDomain(@PathVariable UUID id);

    @Post("/api/moderation/providers/{providerId}/decisions")
    @Operation(
            summary =
                    "One decision, one reason, on a provider's open cases (all, or those listed): CLEAR or HIDE (moderators)")
    ModerationResponses.BulkResult bulk(
            @PathVariable UUID providerId, @Valid @NotNull @Body ModerationRequests.BulkDecision request);

    @Post("/api/moderation/disputes/{id}/decision")
    @Operation(
            summary =
                    "Decide a dispute: UPHELD hides the reference with the reason, REJECTED removes the label (moderators)")
    ModerationResponses.DisputeResponse decide(
            @PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.DecisionRequest request);
}
