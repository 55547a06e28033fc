package io.vetted.buyer.gdpr;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;

@Tag(name = "Internal")
public interface PersonalDataOperations {

    @Get("/api/internal/gdpr/accounts/{accountId}")
    @Operation(
            summary = "Everything buyer-service keeps about an account (requirements, shortlists with their "
                    + "notes, saved searches), for its data export (identity-service only)")
    Map<String, Object> export(@PathVariable UUID accountId);

    @Delete("/api/internal/gdpr/accounts/{accountId}")
    @Operation(summary = "Erase everything an account keeps in its workspace (identity-service only; idempotent)")
    HttpResponse<Void> erase(@PathVariable UUID accountId);
}
