package io.vetted.review.reputation;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.util.UUID;

@Client(id = "vendor")
interface VendorReputationClient {

    @Put("/api/internal/providers/{id}/reputation")
    HttpResponse<Void> push(
            @Header(HttpHeaders.AUTHORIZATION) String authorization,
            @PathVariable UUID id,
            @Body ReputationSnapshot snapshot);
}
