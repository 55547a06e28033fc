package io.vetted.review.moderation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The moderation queue as metrics on {@code /prometheus}: cases waiting, the oldest one's age, and
 * decisions in the last 24 hours (each decision also counts in {@code vetted.moderation.decisions}).
 * Read from the database, shared by every replica; a scrape reuses a reading up to 15 s old.
 */
@Context
class ModerationMetrics {

    private static final Duration FRESH = Duration.ofSeconds(15);

    private record Reading(long waiting, double oldestSeconds, long decisionsPerDay, Instant at) {}

    private final ModerationCases cases;
    private final AtomicReference<Reading> last = new AtomicReference<>(new Reading(0, 0, 0, Instant.EPOCH));

    ModerationMetrics(ModerationCases cases, MeterRegistry meters) {
        this.cases = cases;
        Gauge.builder("vetted.moderation.queue.size", this, m -> m.reading().waiting())
                .description("References waiting for a moderator")
                .register(meters);
        Gauge.builder(
                        "vetted.moderation.queue.oldest.age",
                        this,
                        m -> m.reading().oldestSeconds())
                .description("How long the longest-waiting case has waited")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder(
                        "vetted.moderation.decisions.last.day",
                        this,
                        m -> m.reading().decisionsPerDay())
                .description("Moderators' decisions in the last 24 hours")
                .register(meters);
    }

    private Reading reading() {
        Reading reading = last.get();
        if (reading.at().plus(FRESH).isAfter(Instant.now())) {
            return reading;
        }
        try {
            reading = read();
            last.set(reading);
        } catch (RuntimeException e) {
            // a scrape during a database outage shows the last reading rather than failing the scrape
        }
        return reading;
    }

    private Reading read() {
        ModerationCases.Stats stats = cases.stats();
        return new Reading(stats.waiting(), stats.oldestSeconds(), stats.decisionsPerDay(), Instant.now());
    }
}
