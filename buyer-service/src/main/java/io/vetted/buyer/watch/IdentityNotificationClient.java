package io.vetted.buyer.watch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;

@Client(id = "identity")
@AsService
interface IdentityNotificationClient {

    @Post("/api/internal/notifications")
    HttpResponse<Void> notify(@Body NotificationRequest request);
}
