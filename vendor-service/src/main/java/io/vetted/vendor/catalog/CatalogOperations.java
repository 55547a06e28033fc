package io.vetted.vendor.catalog;

import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Catalogue")
public interface CatalogOperations {

    @Get("/api/catalog")
    @Operation(summary = "The values profiles and searches use: specialties, sectors, compliance topics, French areas")
    CatalogResponse catalog();
}
