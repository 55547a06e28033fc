package io.vetted.vendor.linkage;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Tag(name = "Internal")
public interface LinkageOperations {

    @Get("/api/internal/providers/{id}/linkage")
    @Operation(
            summary = "The provider's team accounts, its website's registrable domains over the last 90 days and"
                    + " the time of its last website change, drafts included (services only)")
    LinkageResponse linkage(@PathVariable UUID id);
}
