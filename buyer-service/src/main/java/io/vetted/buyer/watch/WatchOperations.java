package io.vetted.buyer.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Tag(name = "Price watch")
public interface WatchOperations {

    @Get("/api/buyer/watches")
    @Operation(summary = "The providers this account watches explicitly (shortlisted ones are watched too)")
    WatchList watches();

    @Put("/api/buyer/watches/{providerId}")
    @Operation(
            summary = "Watch a published provider: be alerted of its price, SLA and claim changes (idempotent; "
                    + "404 for an unknown or unpublished provider)")
    HttpResponse<Void> watch(@PathVariable UUID providerId);

    @Delete("/api/buyer/watches/{providerId}")
    @Operation(summary = "Stop watching a provider explicitly (idempotent)")
    HttpResponse<Void> unwatch(@PathVariable UUID providerId);
}
