package io.vetted.identity.notice;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Forgets which notices were sent after 90 days: long enough for any redelivery of the sender's
 * outbox, short enough to keep no lasting trace. Idempotent, so every replica may run it.
 */
@Singleton
class NoticeRetention {

    private final JdbcOperations jdbc;

    NoticeRetention(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = "6h", initialDelay = "15m")
    @Transactional
    void forgetOld() {
        jdbc.prepareStatement(
                "DELETE FROM address_notice WHERE sent_at < now() - interval '90 days'",
                statement -> statement.executeUpdate());
    }
}
