package io.vetted.buyer.vendor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;
import java.util.UUID;

/** The part of vendor-service's public API this service reads (contract 2 in docs/ARCHITECTURE.md). */
@Client(id = "vendor")
interface VendorClient {

    /** @return the provider, or null when vendor-service answers 404 (unknown or unpublished) */
    @Nullable
    @Get("/api/providers/{id}")
    VendorProvider provider(@PathVariable UUID id);
}
