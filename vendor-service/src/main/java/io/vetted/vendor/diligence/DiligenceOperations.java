package io.vetted.vendor.diligence;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.vendor.diligence.DiligenceResponses.DueDiligenceResponse;
import io.vetted.vendor.diligence.DiligenceResponses.SubcontractingResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Profile sections")
public interface DiligenceOperations {

    @Put("/api/providers/{id}/subcontracting")
    @Operation(summary = "Disclose whether, what and where the provider subcontracts (409 when the version is stale)")
    SubcontractingResponse subcontracting(
            @PathVariable UUID id, @Valid @NotNull @Body SubcontractingRequest disclosure);

    @Put("/api/providers/{id}/due-diligence")
    @Operation(
            summary = "Answer the due-diligence questions: sectors, data protection, incident plan, intervention hours")
    DueDiligenceResponse dueDiligence(@PathVariable UUID id, @Valid @NotNull @Body DueDiligenceRequest answers);
}
