package io.vetted.support.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;

@Client(id = "identity")
interface ServiceTokenClient {

    @Post("/api/auth/service-token")
    ServiceToken.Response issue(@Body ServiceToken.Request request);
}
