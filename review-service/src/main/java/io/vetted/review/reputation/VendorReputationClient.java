package io.vetted.review.reputation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.support.auth.AsService;
import java.util.Map;
import java.util.UUID;

/** Where snapshots go (contract 1 in docs/ARCHITECTURE.md), sent as review-service. */
@Client(id = "vendor")
@AsService
interface VendorReputationClient {

    @Put("/api/internal/providers/{id}/reputation")
    HttpResponse<Void> push(@PathVariable UUID id, @Body ReputationSnapshot snapshot);

    /** Several providers' newest snapshots in one call; the answer says what became of each. */
    @Put("/api/internal/reputations")
    HttpResponse<BatchResult> pushAll(@Body Batch batch);

    @Serdeable
    record Batch(Map<UUID, ReputationSnapshot> snapshots) {}

    @Serdeable
    record BatchResult(Map<UUID, Outcome> outcomes) {}

    /** APPLIED or STALE (settled), UNKNOWN_PROVIDER or INVALID (refused for good). */
    @Serdeable
    record Outcome(
            String status, @Nullable String field, @Nullable String detail) {

        boolean settled() {
            return "APPLIED".equals(status) || "STALE".equals(status);
        }
    }
}
