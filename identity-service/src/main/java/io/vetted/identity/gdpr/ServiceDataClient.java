package io.vetted.identity.gdpr;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import java.util.Map;
import java.util.UUID;

/** The personal-data endpoints vendor-service and review-service offer to identity-service ({@code SERVICE} role). */
interface ServiceDataClient {

    @Get("/api/internal/gdpr/accounts/{accountId}")
    Map<String, Object> export(@Header(HttpHeaders.AUTHORIZATION) String authorization, @PathVariable UUID accountId);

    @Delete("/api/internal/gdpr/accounts/{accountId}")
    HttpResponse<Void> erase(@Header(HttpHeaders.AUTHORIZATION) String authorization, @PathVariable UUID accountId);
}
