package io.vetted.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseBreakerTest {

    @Test
    void staysClosedBelowTheFailureCount() {
        DatabaseBreaker breaker = breaker(3, Duration.ofMinutes(1));
        breaker.failed();
        breaker.failed();

        assertThat(breaker.admits()).isTrue();
    }

    @Test
    void opensOnTheFailureCountAndRefusesUntilItsPeriodEnds() {
        DatabaseBreaker breaker = breaker(3, Duration.ofMinutes(1));
        failTimes(breaker, 3);

        assertThat(breaker.admits()).isFalse();
        assertThat(breaker.admits()).isFalse();
    }

    @Test
    void slowRequestsAmongMoreHealthyOnesDoNotOpenIt() {
        DatabaseBreaker breaker = breaker(3, Duration.ofMinutes(1));
        for (int i = 0; i < 4; i++) {
            breaker.succeeded();
        }
        failTimes(breaker, 3);

        assertThat(breaker.admits()).isTrue();
    }

    @Test
    void letsOneProbeThroughOnceOpenAndClosesWhenItSucceeds() {
        DatabaseBreaker breaker = breaker(2, Duration.ZERO);
        failTimes(breaker, 2);

        assertThat(breaker.admits()).as("the probe").isTrue();
        assertThat(breaker.admits()).as("a request beside the probe").isFalse();
        breaker.succeeded();
        assertThat(breaker.admits()).isTrue();
        assertThat(breaker.admits()).isTrue();
    }

    @Test
    void aProbeThatFailsOpensItAgain() {
        DatabaseBreaker breaker = breaker(2, Duration.ofMinutes(1));
        failTimes(breaker, 2);
        DatabaseBreaker halfOpen = breaker(2, Duration.ZERO);
        failTimes(halfOpen, 2);
        assertThat(halfOpen.admits()).isTrue();

        halfOpen.probeFailed();

        assertThat(halfOpen.admits())
                .as("a new probe once the (zero) period is over")
                .isTrue();
        assertThat(halfOpen.admits()).isFalse();
        assertThat(breaker.admits()).isFalse();
    }

    @Test
    void aProbeAnswered4xxLetsTheNextRequestProbe() {
        DatabaseBreaker breaker = breaker(2, Duration.ZERO);
        failTimes(breaker, 2);
        assertThat(breaker.admits()).isTrue();
        assertThat(breaker.admits()).isFalse();

        breaker.probeInconclusive();

        assertThat(breaker.admits()).isTrue();
        assertThat(breaker.admits()).isFalse();
    }

    @Test
    void afterItClosesOldFailuresNoLongerCount() {
        DatabaseBreaker breaker = breaker(2, Duration.ZERO);
        failTimes(breaker, 2);
        assertThat(breaker.admits()).isTrue();
        breaker.succeeded();

        breaker.failed();

        assertThat(breaker.admits()).isTrue();
        assertThat(breaker.admits()).isTrue();
    }

    @Test
    void neverRefusesWhenDisabled() {
        DatabaseBreaker breaker = new DatabaseBreaker(
                new DatabaseBreakerSettings(false, 1, Duration.ofSeconds(10), Duration.ofMinutes(1)));
        failTimes(breaker, 5);

        assertThat(breaker.admits()).isTrue();
    }

    private static DatabaseBreaker breaker(int failures, Duration open) {
        return new DatabaseBreaker(new DatabaseBreakerSettings(true, failures, Duration.ofSeconds(10), open));
    }

    private static void failTimes(DatabaseBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            breaker.failed();
        }
    }
}
