package io.vetted.review.reputation;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;
import java.util.UUID;

/** Where snapshots go (contract 1 in docs/ARCHITECTURE.md), sent as review-service. */
@Client(id = "vendor")
@AsService
interface VendorReputationClient {

    @Put("/api/internal/providers/{id}/reputation")
    HttpResponse<Void> push(@PathVariable UUID id, @Body ReputationSnapshot snapshot);
}
