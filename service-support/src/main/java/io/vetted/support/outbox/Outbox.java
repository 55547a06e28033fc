package io.vetted.support.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Queues events in the caller's transaction; {@link OutboxRelay} delivers them after commit, woken
 * by {@link OutboxWakeUp}. A service
 * using it owns an {@code outbox_event} table shaped like review-service's V1 script.
 */
@Singleton
@Requires(classes = JdbcOperations.class)
public class Outbox {

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public Outbox(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID aggregateId, String eventType, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.prepareStatement(
                "INSERT INTO outbox_event (aggregate_id, event_type, payload) VALUES (?, ?, ?::jsonb)", statement -> {
                    statement.setObject(1, aggregateId);
                    statement.setString(2, eventType);
                    statement.setString(3, body);
                    return statement.executeUpdate();
                });
        // delivered at commit, once per transaction however many events it queued: wakes the relays
        jdbc.prepareStatement("SELECT pg_notify('" + OutboxWakeUp.CHANNEL + "', '')", statement -> statement.execute());
    }
}
