package io.vetted.review.reference;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** An earlier wording of a reference: what it said from {@code writtenAt} until an edit replaced it. */
@Serdeable
public record RevisionResponse(int revision, int rating, String comment, Instant writtenAt, Instant replacedAt) {}
