package io.vetted.vendor.compliance;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vetted.vendor.catalog.ComplianceTopic;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

@Tag(name = "Compliance")
public interface ComplianceOperations {

    @Put("/api/providers/{id}/claims/{topic}")
    @Operation(
            summary = "Declare or change a security or compliance claim with its evidence (it becomes SELF_DECLARED)")
    ClaimResponse declare(
            @PathVariable UUID id, @PathVariable ComplianceTopic topic, @Valid @NotNull @Body ClaimRequest claim);

    @Delete("/api/providers/{id}/claims/{topic}")
    @Operation(summary = "Withdraw a claim")
    HttpResponse<Void> withdraw(@PathVariable UUID id, @PathVariable ComplianceTopic topic, @QueryValue long version);

    @Put("/api/providers/{id}/claims/{topic}/status")
    @Operation(
            summary = "Mark a claim VERIFIED after checking its evidence, or back to SELF_DECLARED (moderators only)")
    ClaimResponse review(
            @PathVariable UUID id, @PathVariable ComplianceTopic topic, @Valid @NotNull @Body ClaimReview review);

    @Get("/api/claims/pending{?limit}")
    @Operation(summary = "Claims waiting for a moderator's check, oldest first (moderators only)")
    List<ClaimResponse.Pending> pending(@QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit);
}
