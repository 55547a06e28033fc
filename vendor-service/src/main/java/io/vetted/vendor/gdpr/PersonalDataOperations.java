package io.vetted.vendor.gdpr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

@Tag(name = "Internal")
public interface PersonalDataOperations {

    @Get("/api/internal/gdpr/accounts/{accountId}")
    @Operation(
            summary = "Everything vendor-service keeps about an account, for its data export (identity-service only)")
    Map<String, Object> export(@PathVariable UUID accountId);

    @Delete("/api/internal/gdpr/accounts/{accountId}")
    @Operation(
            summary = "Erase an account: its team memberships and invitations; its profile passes to the oldest "
                    + "team member, or is deleted when it has none (identity-service only; idempotent)")
    HttpResponse<Void> erase(@PathVariable UUID accountId, @Nullable @QueryValue @Email @Size(max = 254) String email);
}
