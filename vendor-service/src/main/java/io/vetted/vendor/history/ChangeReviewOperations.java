package io.vetted.vendor.history;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Company identity")
public interface ChangeReviewOperations {

    @Post("/api/moderation/identity-changes/{changeId}/decision")
    @Operation(
            summary = "Review a change of name, SIREN or website on a published profile: accept it, or unpublish the"
                    + " profile with a reason (moderators only)")
    ChangeResponse decide(@PathVariable UUID changeId, @Valid @NotNull @Body ChangeDecision decision);
}
