package io.vetted.vendor.company;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Company identity")
public interface CompanyOperations {

    @Post("/api/providers/{id}/company-checks")
    @Operation(
            summary = "Ask a moderator to check the profile's company (Kbis or a mail from its domain); with the"
                    + " register's confirmation of an active company this makes the SIREN VERIFIED")
    HttpResponse<CompanyCheckResponse> request(@PathVariable UUID id, @Valid @NotNull @Body CompanyCheckRequest check);

    @Post("/api/moderation/company-checks/{checkId}/decision")
    @Operation(summary = "Accept or reject a company check, with the reason the provider reads (moderators only)")
    CompanyCheckResponse decide(@PathVariable UUID checkId, @Valid @NotNull @Body CompanyCheckDecision decision);
}
