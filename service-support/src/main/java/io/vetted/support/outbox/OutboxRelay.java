package io.vetted.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers outbox events until their receivers accept them: at least once, retried with
 * exponential back-off while a receiver is down, and safe to run on every replica at once. A batch
 * is delivered by several workers at a time, one aggregate's events in order by one worker, so a
 * burst of events reaches its receiver in about the time of its slowest deliveries rather
 * than the sum of them all; a {@link BatchOutboxHandler} takes its events of a batch in one call.
 */
@Singleton
@Requires(property = "vetted.outbox.relay.enabled", notEquals = "false")
@Requires(beans = OutboxHandler.class)
class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final Map<String, OutboxHandler> handlers;
    private final int batchSize;
    private final ExecutorService workers;
    private final OutboxSettlement settle;
    private final AtomicBoolean passing = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    OutboxRelay(
            OutboxStore store,
            List<OutboxHandler> handlers,
            MeterRegistry meters,
            @Value("${vetted.outbox.relay.batch-size:50}") int batchSize,
            @Value("${vetted.outbox.relay.concurrency:8}") int concurrency) {
        this.store = store;
        this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::eventType, Function.identity()));
        this.settle = new OutboxSettlement(store, meters, () -> wanted.set(true));
        this.batchSize = batchSize;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "outbox-relay-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    @Scheduled(fixedDelay = "${vetted.outbox.relay.poll-interval:200ms}", initialDelay = "1s")
    void relay() {
        wake();
    }

    /**
     * Runs a pass now, or makes the pass under way run once more: wake-ups that arrive during a
     * pass are never lost, and never start a second pass beside it.
     */
    void wake() {
        wanted.set(true);
        while (wanted.get() && passing.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                pass();
            } finally {
                passing.set(false);
            }
        }
    }

    private void pass() {
        try {
            List<OutboxMessage> batch;
            do {
                batch = store.claim(batchSize, LEASE);
                deliverAll(batch);
            } while (batch.size() == batchSize);
        } catch (RuntimeException e) {
            LOG.warn("Outbox relay pass failed; next pass retries: {}", e.getMessage());
        }
    }

    private void deliverAll(List<OutboxMessage> batch) {
        Map<String, List<OutboxMessage>> batched = new LinkedHashMap<>();
        Map<UUID, List<OutboxMessage>> byAggregate = new LinkedHashMap<>();
        for (OutboxMessage message : batch) {
            if (handlers.get(message.eventType()) instanceof BatchOutboxHandler) {
                batched.computeIfAbsent(message.eventType(), type -> new ArrayList<>())
                        .add(message);
            } else {
                byAggregate
                        .computeIfAbsent(message.aggregateId(), id -> new ArrayList<>())
                        .add(message);
            }
        }
        List<CompletableFuture<Void>> work = new ArrayList<>();
        batched.forEach((type, events) -> work.add(CompletableFuture.runAsync(
                () -> deliverBatch((BatchOutboxHandler) handlers.get(type), events), workers)));
        byAggregate
                .values()
                .forEach(events -> work.add(CompletableFuture.runAsync(() -> events.forEach(this::deliver), workers)));
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
    }

    private void deliverBatch(BatchOutboxHandler handler, List<OutboxMessage> events) {
        Map<Long, String> refused;
        try {
            refused = handler.deliverAll(events);
        } catch (PermanentDeliveryFailure e) {
            // refused as a whole: each event on its own, so that only the bad ones are parked
            events.forEach(this::deliver);
            return;
        } catch (RuntimeException e) {
            events.forEach(message -> settle.failed(message, e));
            return;
        }
        List<OutboxMessage> accepted =
                events.stream().filter(m -> !refused.containsKey(m.id())).toList();
        store.deliveredAll(accepted.stream().map(OutboxMessage::id).toList());
        accepted.forEach(settle::accepted);
        events.stream().filter(m -> refused.containsKey(m.id())).forEach(m -> settle.park(m, refused.get(m.id())));
    }

    private void deliver(OutboxMessage message) {
        OutboxHandler handler = handlers.get(message.eventType());
        try {
            if (handler == null) {
                throw new PermanentDeliveryFailure("no handler for event type " + message.eventType());
            }
            handler.deliver(message);
            store.delivered(message.id());
            settle.accepted(message);
        } catch (PermanentDeliveryFailure e) {
            settle.park(message, e.getMessage());
        } catch (RuntimeException e) {
            settle.failed(message, e);
        }
    }

    /** 250 ms, 500 ms, 1 s, ... up to 30 s, with ±20 % jitter so replicas do not retry in step. */
    static Duration backoff(int attempt) {
        long base = Math.min(MAX_BACKOFF.toMillis(), 250L << Math.min(attempt - 1, 16));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base * jitter));
    }
}
