package io.vetted.vendor.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PriceHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final UUID OFFER = UUID.randomUUID();

    @Test
    void readsTodaysPriceAndTheAnnouncedOne() {
        var history = new PriceHistory(
                List.of(price("100", "2025-01-01", "2025-01-01", 30), price("120", "2026-12-20", "2026-11-20", 30)),
                TODAY);

        assertThat(history.priceOn(TODAY)).isEqualByComparingTo("100");
        assertThat(history.upcoming().priceEur()).isEqualByComparingTo("120");
    }

    @Test
    void measuresTheRiseAgainstThePriceInForceAYearAgo() {
        var history = new PriceHistory(
                List.of(
                        price("80", "2024-01-01", "2024-01-01", 30),
                        price("100", "2025-06-01", "2025-04-01", 30),
                        price("110", "2026-03-01", "2026-01-01", 30)),
                TODAY);

        assertThat(history.flags().raisedPercentLast12Months()).isEqualByComparingTo("10.0");
    }

    @Test
    void reportsNoRiseWhenThePriceWentDown() {
        var history = new PriceHistory(
                List.of(price("100", "2024-01-01", "2024-01-01", 30), price("90", "2026-06-01", "2026-06-01", 30)),
                TODAY);

        assertThat(history.flags().raisedPercentLast12Months()).isNull();
        assertThat(history.flags().raisedWithShortNotice()).isFalse();
    }

    @Test
    void flagsARiseAnnouncedLaterThanTheNoticePromisedButNotADrop() {
        var rise = new PriceHistory(
                List.of(price("100", "2024-01-01", "2024-01-01", 60), price("105", "2026-07-01", "2026-06-15", 60)),
                TODAY);
        var drop = new PriceHistory(
                List.of(price("100", "2024-01-01", "2024-01-01", 60), price("95", "2026-07-01", "2026-06-30", 60)),
                TODAY);

        assertThat(rise.points().get(1).noticeDays()).isEqualTo(16);
        assertThat(rise.flags().raisedWithShortNotice()).isTrue();
        assertThat(drop.flags().raisedWithShortNotice()).isFalse();
    }

    @Test
    void forgetsAShortNoticeRiseOlderThanAYear() {
        var history = new PriceHistory(
                List.of(price("100", "2023-01-01", "2023-01-01", 60), price("110", "2024-03-01", "2024-02-28", 60)),
                TODAY);

        assertThat(history.flags().raisedWithShortNotice()).isFalse();
    }

    private static OfferPrice price(String eur, String from, String announced, int notice) {
        return new OfferPrice(
                UUID.randomUUID(),
                OFFER,
                new BigDecimal(eur),
                LocalDate.parse(from),
                LocalDate.parse(announced).atTime(10, 0).toInstant(ZoneOffset.UTC),
                notice);
    }
}
