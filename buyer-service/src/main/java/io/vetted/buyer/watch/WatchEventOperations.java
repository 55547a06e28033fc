package io.vetted.buyer.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Tag(name = "Internal")
public interface WatchEventOperations {

    @Post("/api/internal/watch-events")
    @Operation(
            summary = "Alert every buyer watching a provider of its price, SLA or claim change, or whose saved search "
                    + "finds a newly published provider (vendor-service only): 202 once identity-service queued the "
                    + "alerts, 503 to be retried; once per eventId (per saved search and provider for a publication)")
    HttpResponse<Void> receive(@Body @Valid WatchEventRequest event);
}
