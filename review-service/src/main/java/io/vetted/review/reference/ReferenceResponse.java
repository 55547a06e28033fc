package io.vetted.review.reference;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
public record ReferenceResponse(UUID id, UUID providerId, String authorName, int rating, String comment,
                                Instant publishedAt, Instant updatedAt) {

    static ReferenceResponse of(Reference reference) {
        return new ReferenceResponse(reference.id(), reference.providerId(), reference.authorName(),
                reference.rating(), reference.comment(), reference.createdAt(), reference.updatedAt());
    }

    @Serdeable
    public record Page(List<ReferenceResponse> items, long total, int page, int size) {
    }
}
