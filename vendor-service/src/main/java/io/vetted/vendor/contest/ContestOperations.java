package io.vetted.vendor.contest;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Company identity")
public interface ContestOperations {

    @Post("/api/providers/{id}/siren-contests")
    @Operation(summary = "Contest a SIREN another profile holds, for this profile, with a statement and evidence")
    HttpResponse<ContestResponse> open(@PathVariable UUID id, @Valid @NotNull @Body ContestRequest contest);

    @Put("/api/siren-contests/{contestId}/answer")
    @Operation(summary = "The holder's statement and evidence in a contest of its SIREN (its own accounts only)")
    ContestResponse answer(@PathVariable UUID contestId, @Valid @NotNull @Body ContestAnswer answer);

    @Post("/api/moderation/siren-contests/{contestId}/decision")
    @Operation(
            summary = "Decide whose SIREN it is; the loser's profile is unpublished with the reason (moderators only)")
    ContestResponse decide(@PathVariable UUID contestId, @Valid @NotNull @Body ContestDecision decision);
}
