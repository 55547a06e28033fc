package io.vetted.buyer.requirements;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Tag(name = "Requirements")
public interface RequirementsOperations {

    @Get("/api/buyer/requirements")
    @Operation(summary = "The signed-in SME's requirements (empty, without a version, until first saved)")
    RequirementsResponse requirements();

    @Put("/api/buyer/requirements")
    @Operation(summary = "Replace the signed-in SME's requirements; send the version last read (409 when stale)")
    RequirementsResponse save(@Valid @NotNull @Body RequirementsRequest request);
}
