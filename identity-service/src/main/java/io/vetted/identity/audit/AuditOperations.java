package io.vetted.identity.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;

@Tag(name = "Audit")
public interface AuditOperations {

    @Get("/api/audit/events{?accountId,type,page,size}")
    @Operation(summary = "Security events, newest first (moderators)")
    SecurityEventView.Page events(
            @Nullable @QueryValue UUID accountId,
            @Nullable @QueryValue SecurityEventType type,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10000) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size);
}
