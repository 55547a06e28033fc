package io.vetted.review.reputation;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Tag(name = "Reputation")
public interface ReputationOperations {

    @Get("/api/providers/{providerId}/reputation")
    @Operation(
            summary =
                    "A provider's current reputation: counts by label, averages per criterion, Bayesian score, shares and rating distribution")
    ReputationView reputation(@PathVariable UUID providerId);
}
