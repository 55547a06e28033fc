package io.vetted.vendor.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;

/** Where watch events go (contract 11 in docs/ARCHITECTURE.md), sent as vendor-service. */
@Client(id = "buyer")
@AsService
interface BuyerWatchClient {

    @Post("/api/internal/watch-events")
    HttpResponse<Void> send(@Body WatchEvent event);
}
