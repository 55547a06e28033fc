package io.vetted.identity.account;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Account moderation")
public interface AccountAdminOperations {

    @Get("/api/accounts/{id}")
    @Operation(summary = "An account (moderators)")
    AccountResponse account(@PathVariable UUID id);

    @Put("/api/accounts/{id}/role")
    @Operation(summary = "Change an account's role (moderators); ends its sessions")
    AccountResponse changeRole(@PathVariable UUID id, @Valid @NotNull @Body AccountRequests.RoleChange request);

    @Put("/api/accounts/{id}/suspension")
    @Operation(summary = "Disable an account (moderators); ends its sessions and refuses its sign-ins")
    AccountResponse suspend(@PathVariable UUID id);

    @Delete("/api/accounts/{id}/suspension")
    @Operation(summary = "Enable a disabled account again (moderators)")
    AccountResponse reinstate(@PathVariable UUID id);
}
