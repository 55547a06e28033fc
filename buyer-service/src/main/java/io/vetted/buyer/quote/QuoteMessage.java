package io.vetted.buyer.quote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A message in a quote request's thread; never edited, so the thread is what both sides read. */
@MappedEntity("quote_message")
record QuoteMessage(
        @Id UUID id,
        UUID quoteRequestId,
        Side side,
        UUID authorAccountId,
        String body,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {}
