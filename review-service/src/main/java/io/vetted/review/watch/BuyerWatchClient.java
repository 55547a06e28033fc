package io.vetted.review.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;

/** Where low-rating events go (contract 11 in docs/ARCHITECTURE.md), sent as review-service. */
@Client(id = "buyer")
@AsService
interface BuyerWatchClient {

    @Post("/api/internal/watch-events")
    HttpResponse<Void> send(@Body LowRatingEvent event);
}
