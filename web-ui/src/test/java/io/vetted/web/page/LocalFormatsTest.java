package io.vetted.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LocalFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @ParameterizedTest
    @EnumSource(FormatStyle.class)
    void writesDatesAsTheLocalesOwnFormatterDoes(FormatStyle style) {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN)) {
            assertThat(LocalFormats.date(style, locale).format(DAY))
                    .isEqualTo(DateTimeFormatter.ofLocalizedDate(style)
                            .withLocale(locale)
                            .format(DAY));
        }
    }

    @Test
    void writesMoneyAsTheLocalesCurrencyFormatDoes() {
        Currency euro = Currency.getInstance("EUR");
        NumberFormat expected = NumberFormat.getCurrencyInstance(Locale.FRENCH);
        expected.setCurrency(euro);

        assertThat(LocalFormats.currency(Locale.FRENCH, euro).format(new BigDecimal("1234.50")))
                .isEqualTo(expected.format(new BigDecimal("1234.50")));
    }

    @Test
    void givesEachCallerANumberFormatOfItsOwn() {
        NumberFormat first = LocalFormats.number(Locale.FRENCH);
        first.setMinimumFractionDigits(3);

        assertThat(LocalFormats.number(Locale.FRENCH)).isNotSameAs(first);
        assertThat(LocalFormats.number(Locale.FRENCH).format(4.5)).isEqualTo("4,5");
    }

    @Test
    void formatsTheSameFiguresOnManyThreadsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int offset = task;
                results.add(threads.submit(() -> {
                    NumberFormat own = NumberFormat.getNumberInstance(Locale.ENGLISH);
                    own.setGroupingUsed(false);
                    for (int i = 0; i < 20_000; i++) {
                        BigDecimal value = BigDecimal.valueOf(100_000L * offset + i, 2);
                        NumberFormat format = LocalFormats.number(Locale.ENGLISH);
                        format.setGroupingUsed(false);
                        if (!format.format(value).equals(own.format(value))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
