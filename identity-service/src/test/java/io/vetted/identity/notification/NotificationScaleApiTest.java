package io.vetted.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A provider watched by 10,000 buyers: every alert is queued well within 5 seconds. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationScaleApiTest implements NotificationTest {

    @Inject
    Recipients recipients;

    @Inject
    StoredAccounts stored;

    @Override
    public Map<String, String> moreProperties() {
        // no mail leaves during this test: it measures the queueing only
        Map<String, String> properties = new HashMap<>(NotificationTest.super.moreProperties());
        properties.put("vetted.notifications.drain-interval", "1h");
        return properties;
    }

    @Test
    void queuesTenThousandAlertsAndTheirMailsWithinFiveSeconds() throws Exception {
        List<UUID> watchers = stored.insert(10_000);
        var batch = Recipients.priceAlert(NotificationKind.PRICE_ALERT, watchers);
        recipients.notify(Recipients.priceAlert(NotificationKind.QUOTE, watchers.subList(0, 1)));

        long started = System.nanoTime();
        recipients.notify(batch);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(stored.count("SELECT count(*) FROM notification WHERE event_id = '" + batch.eventId() + "'"))
                .isEqualTo(10_000);
        assertThat(stored.count(
                        "SELECT count(*) FROM notification_mail m JOIN notification n ON n.id = m.notification_id"
                                + " WHERE n.event_id = '" + batch.eventId() + "'"))
                .isEqualTo(10_000);
    }
}
