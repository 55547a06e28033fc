package io.vetted.buyer.matching;

import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Matching")
public interface MatchOperations {

    @Get("/api/buyer/matches")
    @Operation(
            summary = "Providers for the signed-in SME's saved requirements, ranked by fit (requirements met, then "
                    + "partly met, then estimated monthly cost, then name), each with its match sheet and cost")
    MatchesResponse matches();
}
