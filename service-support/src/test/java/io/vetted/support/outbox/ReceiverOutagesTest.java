package io.vetted.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReceiverOutagesTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private final ReceiverOutages outages = new ReceiverOutages();

    @Test
    void onlyTheFirstFailureOfManyStartsAnOutage() {
        long starts = IntStream.range(0, 500)
                .filter(i -> outages.failed("reputation", START.plusMillis(i)))
                .count();
        assertThat(starts).isEqualTo(1);
    }

    @Test
    void theFirstDeliveryAfterwardsEndsItWithItsLengthAndFailures() {
        outages.failed("reputation", START);
        outages.failed("reputation", START.plusSeconds(30));
        outages.failed("reputation", START.plusSeconds(59));

        assertThat(outages.delivered("reputation", START.plusSeconds(60)))
                .contains(new ReceiverOutages.Ended(Duration.ofSeconds(60), 3));
        assertThat(outages.delivered("reputation", START.plusSeconds(61))).isEmpty();
    }

    @Test
    void aFailureAfterRecoveryStartsANewOutage() {
        outages.failed("reputation", START);
        outages.delivered("reputation", START.plusSeconds(1));

        assertThat(outages.failed("reputation", START.plusSeconds(2))).isTrue();
    }

    @Test
    void receiversAreTrackedApart() {
        outages.failed("reputation", START);

        assertThat(outages.failed("watch", START)).isTrue();
        assertThat(outages.delivered("watch", START.plusSeconds(5))).isPresent();
        assertThat(outages.failed("reputation", START.plusSeconds(6))).isFalse();
    }
}
