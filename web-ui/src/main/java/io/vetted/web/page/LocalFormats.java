package io.vetted.web.page;

import java.text.NumberFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Date and number formats in the site's languages, built once. Building a {@link NumberFormat} for
 * every figure and looking up a localized date pattern for every date cost about a tenth of the
 * provider page's CPU (JFR, 7 December). Date formatters are immutable and shared; a number format
 * is not safe to share between threads, so each call gets a copy of the language's.
 */
public final class LocalFormats {

    private static final Map<List<Object>, DateTimeFormatter> DATES = new ConcurrentHashMap<>();
    private static final Map<List<Object>, NumberFormat> NUMBERS = new ConcurrentHashMap<>();

    private LocalFormats() {}

    /** The locale's own date pattern of that length ("7 décembre 2026", "December 7, 2026"). */
    public static DateTimeFormatter date(FormatStyle style, Locale locale) {
        return cached(
                DATES,
                List.of("style", style, locale),
                () -> DateTimeFormatter.ofPattern(
                        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                                style, null, IsoChronology.INSTANCE, locale),
                        locale));
    }

    public static DateTimeFormatter pattern(String pattern, Locale locale) {
        return cached(DATES, List.of("pattern", pattern, locale), () -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** A number format of the locale, the caller's own to configure. */
    public static NumberFormat number(Locale locale) {
        return numbers(List.of("number", locale), () -> NumberFormat.getNumberInstance(locale));
    }

    /** A currency format of the locale in {@code currency}, the caller's own to configure. */
    public static NumberFormat currency(Locale locale, Currency currency) {
        return numbers(List.of("currency", currency, locale), () -> {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(currency);
            return format;
        });
    }

    private static NumberFormat numbers(List<Object> key, Supplier<NumberFormat> build) {
        return (NumberFormat) cached(NUMBERS, key, build).clone();
    }

    // the site's languages only (a key ends with its locale), so a request's odd locale cannot grow the tables
    private static <T> T cached(Map<List<Object>, T> table, List<Object> key, Supplier<T> build) {
        return Languages.SUPPORTED.contains(key.get(key.size() - 1))
                ? table.computeIfAbsent(key, k -> build.get())
                : build.get();
    }
}
