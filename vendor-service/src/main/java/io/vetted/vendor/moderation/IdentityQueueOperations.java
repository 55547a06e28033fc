package io.vetted.vendor.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Tag(name = "Company identity")
public interface IdentityQueueOperations {

    @Get("/api/moderation/identity{?kind,page,size}")
    @Operation(
            summary = "Company checks, SIREN contests and identity changes waiting for a moderator, oldest first,"
                    + " paged, with counts per kind (moderators only)")
    IdentityQueueResponse queue(
            @Nullable @QueryValue QueueKind kind,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size);
}
