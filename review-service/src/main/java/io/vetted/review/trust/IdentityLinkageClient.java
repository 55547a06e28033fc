package io.vetted.review.trust;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** identity-service's linkage check (contract 6): which of the given accounts share a network address or device with one account. */
@Client(id = "identity")
interface IdentityLinkageClient {

    @Post("/api/internal/linkage/matches")
    Matches matches(@Header(HttpHeaders.AUTHORIZATION) String authorization, @Body Query query);

    @Serdeable
    record Query(UUID accountId, List<UUID> otherAccountIds) {}

    /** {@code signals}: ADDRESS and/or DEVICE. */
    @Serdeable
    record Match(UUID accountId, List<String> signals) {}

    @Serdeable
    record Matches(List<Match> matches) {}
}
