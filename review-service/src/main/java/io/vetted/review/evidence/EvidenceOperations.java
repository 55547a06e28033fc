package io.vetted.review.evidence;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.review.moderation.ModerationRequests;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Evidence")
public interface EvidenceOperations {

    @Post(value = "/api/references/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary =
                    "Attach proof of the engagement (PDF, PNG or JPEG up to 5 MB, part \"file\") for a moderator to check (the author)")
    HttpResponse<ReferenceResponse> upload(@PathVariable UUID id, CompletedFileUpload file);

    @Get(value = "/api/moderation/references/{id}/evidence", produces = MediaType.ALL)
    @Operation(summary = "The evidence waiting for a decision, as uploaded (moderators only)")
    HttpResponse<byte[]> evidence(@PathVariable UUID id);

    @Post("/api/moderation/references/{id}/evidence/decision")
    @Operation(
            summary =
                    "Accept the evidence (\"engagement evidence checked\") or reject it; the file is deleted either way (moderators)")
    ReferenceResponse decide(@PathVariable UUID id, @Valid @NotNull @Body ModerationRequests.EvidenceDecision request);
}
