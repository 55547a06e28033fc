package io.vetted.identity.gdpr;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.vetted.support.auth.AsService;
import java.util.Map;
import java.util.UUID;

/** The personal-data endpoints vendor-service, review-service and buyer-service offer to identity-service ({@code SERVICE} role). */
interface ServiceDataClient {

    @AsService
    @Get("/api/internal/gdpr/accounts/{accountId}")
    Map<String, Object> export(@PathVariable UUID accountId);

    @AsService
    /** {@code email}: the account's address, so that invitations still addressed to it go too. */
    @Delete("/api/internal/gdpr/accounts/{accountId}")
    HttpResponse<Void> erase(@PathVariable UUID accountId, @QueryValue String email);
}
