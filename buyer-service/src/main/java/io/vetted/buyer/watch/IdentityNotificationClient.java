package io.vetted.buyer.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;

/** identity-service's notification centre (contract 10), for watch alerts and quote notifications alike. */
@Client(id = "identity")
@AsService
public interface IdentityNotificationClient {

    @Post("/api/internal/notifications")
    HttpResponse<Void> notify(@Body NotificationRequest request);
}
