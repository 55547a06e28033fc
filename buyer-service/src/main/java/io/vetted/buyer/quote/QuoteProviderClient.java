package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.auth.AsService;
import java.util.List;
import java.util.UUID;

/** Who answers a provider's quote requests, asked of vendor-service as buyer-service ({@code providers:read}). */
@Client(id = "vendor")
@AsService
interface QuoteProviderClient {

    /** @return null on 404 (a provider no longer published) */
    @Nullable
    @Get("/api/internal/providers/{id}")
    Accounts accounts(@PathVariable UUID id);

    /** The owner and, when vendor-service lists them, the team members. */
    @Serdeable
    record Accounts(UUID id, UUID ownerAccountId, @Nullable List<UUID> teamAccountIds) {}
}
