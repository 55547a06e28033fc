package io.vetted.review.reply;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.review.reference.ReferenceResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Replies")
public interface ReplyOperations {

    @Put("/api/references/{id}/reply")
    @Operation(summary = "Post or edit the provider's one public reply to a reference (the provider's team)")
    ReferenceResponse.ReplyView reply(@PathVariable UUID id, @Valid @NotNull @Body ReplyRequest request);
}
