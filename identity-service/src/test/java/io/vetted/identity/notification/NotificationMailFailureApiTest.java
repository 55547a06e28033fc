package io.vetted.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An SMTP server that does not answer holds nobody up: the mail stays queued and comes back later. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailFailureApiTest implements NotificationTest {

    @Inject
    Recipients recipients;

    @Inject
    StoredAccounts stored;

    @Override
    public Map<String, String> moreProperties() {
        Map<String, String> properties = new HashMap<>(NotificationTest.super.moreProperties());
        properties.put("vetted.mail.smtp-port", "1"); // nothing listens there
        return properties;
    }

    @Test
    void keepsTheMailQueuedForALaterAttemptWhenSmtpFails() throws Exception {
        var reader = stored.insert(1).get(0);
        var batch = Recipients.priceAlert(NotificationKind.PRICE_ALERT, List.of(reader));

        recipients.notify(batch);

        String retried = "SELECT count(*) FROM notification_mail WHERE account_id = '" + reader + "'"
                + " AND attempts = 1 AND last_error IS NOT NULL AND parked_at IS NULL"
                + " AND next_attempt_at > now() + interval '20 seconds'";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stored.count(retried) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(stored.count(retried)).isEqualTo(1);
    }
}
