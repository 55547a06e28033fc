package io.vetted.support.outbox;

import java.time.Instant;
import java.util.UUID;

/** One queued event as the relay hands it to its handler; {@code attempt} counts from 1. */
public record OutboxMessage(
        long id, UUID aggregateId, String eventType, String payload, int attempt, Instant createdAt) {}
