package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** review-service, as the site uses it. */
@Client(id = "review")
public interface ReviewClient {

    @Get("/api/providers/{providerId}/references{?page,size}")
    References references(@PathVariable UUID providerId, @QueryValue int page, @QueryValue int size);

    /** @return null when review-service has no reference on this provider */
    @Nullable
    @Get("/api/providers/{providerId}/reputation")
    Reputation reputation(@PathVariable UUID providerId);

    @Post("/api/providers/{providerId}/references")
    Reference create(@Header(HttpHeaders.AUTHORIZATION) String authorization, @PathVariable UUID providerId,
                     @Body NewReference reference);

    @Serdeable
    record References(List<Reference> items, long total, int page, int size) {
        public References {
            items = items == null ? List.of() : items;
        }
    }

    @Serdeable
    record Reference(UUID id, UUID providerId, String authorName, int rating, String comment, Instant publishedAt,
                     @Nullable Instant updatedAt) {
    }

    @Serdeable
    record Reputation(@Nullable BigDecimal averageRating, int referenceCount) {
        public static final Reputation NONE = new Reputation(null, 0);
    }

    @Serdeable
    record NewReference(@Nullable Integer rating, String comment) {
    }
}
