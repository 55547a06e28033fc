package io.vetted.vendor.offer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

@Tag(name = "Offers")
public interface OfferOperations {

    @Post("/api/providers/{id}/offers")
    @Operation(summary = "Add an offer to the caller's profile")
    HttpResponse<OfferResponse> add(@PathVariable UUID id, @Valid @NotNull @Body OfferRequest offer);

    @Put("/api/providers/{id}/offers/{offerId}")
    @Operation(summary = "Change an offer's terms; a new price joins its history (409 when the version is stale)")
    OfferResponse update(@PathVariable UUID id, @PathVariable UUID offerId, @Valid @NotNull @Body OfferUpdate change);

    @Delete("/api/providers/{id}/offers/{offerId}")
    @Operation(summary = "Withdraw an offer; its price history is kept")
    HttpResponse<Void> withdraw(@PathVariable UUID id, @PathVariable UUID offerId, @QueryValue long version);
}
