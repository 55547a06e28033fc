package io.vetted.web.page;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts of euros as people type them: "80", "80€", "80 €", "€80", "80 EUR", "80 euros HT",
 * "1 200,50" (French spaces and comma) or "1,200.50". Anything else is not an amount, so that the
 * form says so instead of silently ignoring it.
 */
public final class Amounts {

    private static final Pattern CURRENCY = Pattern.compile("(?i)(€|eur(os?)?\\b|\\bht\\b)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f']");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private Amounts() {}

    public static Optional<BigDecimal> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SPACES.matcher(
                        CURRENCY.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll("");
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // the last separator is the decimal one; the other groups thousands
            digits = comma > dot ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        } else {
            digits = digits.replace(',', '.');
        }
        return NUMBER.matcher(digits).matches() ? Optional.of(new BigDecimal(digits)) : Optional.empty();
    }
}
