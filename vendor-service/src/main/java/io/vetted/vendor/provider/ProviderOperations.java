package io.vetted.vendor.provider;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Providers")
public interface ProviderOperations {

    @Post("/api/providers")
    @Operation(summary = "Create the signed-in provider account's profile (one per account); it starts as a draft")
    HttpResponse<ProviderResponse> create(@Valid @NotNull @Body CreateProviderRequest request);

    @Get("/api/providers/{id}")
    @Operation(summary = "A published provider's public profile (404 for drafts)")
    ProviderResponse get(@PathVariable UUID id);

    @Get("/api/providers/mine")
    @Operation(summary = "The signed-in provider account's own profile, drafts included, with its completeness")
    ProviderResponse mine();

    @Put("/api/providers/{id}/identity")
    @Operation(summary = "Change name, kind, team size, founding year, SIREN/SIRET, website, headquarters, languages")
    ProviderResponse identity(@PathVariable UUID id, @Valid @NotNull @Body IdentityRequest identity);

    @Put("/api/providers/{id}/delivery")
    @Operation(summary = "Change delivery modes, areas served on site and offshore delivery")
    ProviderResponse delivery(@PathVariable UUID id, @Valid @NotNull @Body DeliveryRequest delivery);

    @Put("/api/providers/{id}/specialties")
    @Operation(summary = "Change specialties and description")
    ProviderResponse specialties(@PathVariable UUID id, @Valid @NotNull @Body SpecialtiesRequest specialties);

    @Put("/api/providers/{id}/status")
    @Operation(summary = "Publish the profile (needs a SIREN and an offer) or take it back to draft")
    ProviderResponse status(@PathVariable UUID id, @Valid @NotNull @Body StatusRequest status);
}
