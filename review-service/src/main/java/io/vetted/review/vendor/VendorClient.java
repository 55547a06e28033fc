package io.vetted.review.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;
import java.util.UUID;

/** The part of vendor-service's API this service reads. */
@Client(id = "vendor")
interface VendorClient {

    /** @return the provider, or null when vendor-service answers 404 (unknown or unpublished) */
    @Nullable
    @AsService
    @Get("/api/internal/providers/{id}")
    VendorProvider provider(@PathVariable UUID id);

    /** 204 when the account owns or belongs to the provider's team; 404 (thrown) otherwise. */
    @AsService
    @Get("/api/internal/providers/{id}/members/{accountId}")
    HttpResponse<Void> member(@PathVariable UUID id, @PathVariable UUID accountId);

    /** Contract 4 (docs/ARCHITECTURE.md): the provider's owner and current members, and its website domains over time. */
    @AsService
    @Get("/api/internal/providers/{id}/linkage")
    ProviderLinkage linkage(@PathVariable UUID id);
}
