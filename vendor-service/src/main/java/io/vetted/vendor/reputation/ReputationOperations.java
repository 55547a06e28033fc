package io.vetted.vendor.reputation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Internal")
public interface ReputationOperations {

    @Put("/api/internal/providers/{id}/reputation")
    @Operation(summary = "Store a provider's reputation snapshot (review-service only; idempotent by version)")
    HttpResponse<Void> update(@PathVariable UUID id, @Valid @NotNull @Body ReputationUpdate update);

    @Put("/api/internal/reputations")
    @Operation(
            summary = "Store several providers' reputation snapshots in one call (review-service only; each idempotent"
                    + " by version; each refused one is named in the answer, the others are stored)")
    ReputationBatchResult updateAll(@Valid @NotNull @Body ReputationBatch batch);
}
