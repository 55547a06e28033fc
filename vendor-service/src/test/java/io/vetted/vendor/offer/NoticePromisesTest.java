package io.vetted.vendor.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NoticePromisesTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final UUID LINEAGE = UUID.randomUUID();

    @Test
    void owesTheOnlyPromiseEverMade() {
        var promises = new NoticePromises(List.of(promise(30, 0)));

        assertThat(promises.inForce(day(200))).isEqualTo(30);
        assertThat(promises.loweredFrom(day(200))).isNull();
    }

    @Test
    void keepsALoweredNoticeUntilTheOldOneHasRun() {
        var promises = new NoticePromises(List.of(promise(30, 0), promise(0, 10)));

        assertThat(promises.inForce(day(10))).isEqualTo(30);
        assertThat(promises.inForce(day(39))).isEqualTo(30);
        assertThat(promises.loweredFrom(day(10))).isEqualTo(day(40));
        assertThat(promises.inForce(day(40))).isZero();
        assertThat(promises.loweredFrom(day(40))).isNull();
    }

    @Test
    void appliesARaisedNoticeAtOnce() {
        var promises = new NoticePromises(List.of(promise(30, 0), promise(90, 10)));

        assertThat(promises.inForce(day(10))).isEqualTo(90);
        assertThat(promises.loweredFrom(day(10))).isNull();
    }

    @Test
    void stepsDownThroughEachPromiseAsItRunsOut() {
        var promises = new NoticePromises(List.of(promise(60, 0), promise(30, 10), promise(0, 50)));

        assertThat(promises.inForce(day(69))).isEqualTo(60);
        assertThat(promises.inForce(day(75))).isEqualTo(30);
        assertThat(promises.inForce(day(80))).isZero();
        assertThat(promises.loweredFrom(day(50))).isEqualTo(day(80));
    }

    @Test
    void ignoresPromisesMadeLater() {
        var promises = new NoticePromises(List.of(promise(30, 0), promise(0, 10)));

        assertThat(promises.inForce(day(5))).isEqualTo(30);
    }

    private static NoticePromise promise(int days, int onDay) {
        return new NoticePromise(LINEAGE, days, day(onDay));
    }

    private static Instant day(int n) {
        return START.plus(Duration.ofDays(n));
    }
}
