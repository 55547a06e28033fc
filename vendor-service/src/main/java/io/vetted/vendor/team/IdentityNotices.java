package io.vetted.vendor.team;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.auth.AsService;
import io.vetted.support.notice.AddressNotice;
import io.vetted.vendor.notice.OwnerNotice;

/**
 * identity-service's mail to an address (contract 7 in docs/ARCHITECTURE.md) and its notification
 * centre (contract 10), sent as vendor-service.
 */
@Client(id = "identity")
@AsService
public interface IdentityNotices {

    @Post("/api/internal/notices")
    HttpResponse<Void> sendToAddress(@Body AddressNotice notice);

    @Post("/api/internal/notifications")
    HttpResponse<Void> notify(@Body OwnerNotice notice);
}
