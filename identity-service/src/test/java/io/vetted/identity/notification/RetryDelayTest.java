package io.vetted.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A mail that failed waits longer after each failure, up to a ceiling, spread by jitter. */
class RetryDelayTest {

    private final NotificationSettings settings =
            new NotificationSettings(50, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofHours(6), 12, null);

    @Test
    void doublesTheWaitAfterEachFailureUpToTheCeiling() {
        assertThat(settings.retryAfter(1, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(2, 0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(4, 0)).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.retryAfter(11, 0)).isEqualTo(Duration.ofHours(6));
        assertThat(settings.retryAfter(40, 0)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void spreadsTheWaitByAtMostAFifthEitherWay() {
        assertThat(settings.retryAfter(1, -1)).isEqualTo(Duration.ofSeconds(24));
        assertThat(settings.retryAfter(1, 1)).isEqualTo(Duration.ofSeconds(36));
    }
}
