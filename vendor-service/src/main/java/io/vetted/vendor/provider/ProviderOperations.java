package io.vetted.vendor.provider;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

@Tag(name = "Providers")
public interface ProviderOperations {

    @Post("/api/providers")
    @Operation(summary = "Create the signed-in provider account's profile (one per account)")
    HttpResponse<ProviderResponse> create(@Valid @NotNull @Body CreateProviderRequest request);

    @Get("/api/providers/{id}")
    @Operation(summary = "A provider's public profile")
    ProviderResponse get(@PathVariable UUID id);

    @Get("/api/providers/mine")
    @Operation(summary = "The signed-in provider account's own profile")
    ProviderResponse mine();
}
