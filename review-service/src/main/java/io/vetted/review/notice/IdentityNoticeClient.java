package io.vetted.review.notice;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.vetted.support.notice.AddressNotice;
import java.util.UUID;

@Client(id = "identity")
interface IdentityNoticeClient {

    @Post("/api/internal/accounts/{accountId}/notices")
    HttpResponse<Void> send(
            @Header(HttpHeaders.AUTHORIZATION) String authorization, @PathVariable UUID accountId, @Body Notice notice);

    @Post("/api/internal/moderators/notices")
    HttpResponse<Void> sendToModerators(
            @Header(HttpHeaders.AUTHORIZATION) String authorization, @Body ModeratorNotice notice);

    @Post("/api/internal/notices")
    HttpResponse<Void> sendToAddress(
            @Header(HttpHeaders.AUTHORIZATION) String authorization, @Body AddressNotice notice);
}
