package io.vetted.vendor.provider;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Tag(name = "Internal")
public interface MembershipOperations {

    @Get("/api/internal/providers/{id}/members/{accountId}")
    @Operation(
            summary =
                    "204 when the account acts for the provider (owner or team member), 404 otherwise (services only)")
    HttpResponse<Void> member(@PathVariable UUID id, @PathVariable UUID accountId);

    @Get("/api/internal/providers/{id}")
    @Operation(
            summary = "Who owns a published provider, for the services that tie accounts to it (404 for drafts;"
                    + " services only: the public profile carries no account id)")
    ProviderOwnerResponse owner(@PathVariable UUID id);
}
