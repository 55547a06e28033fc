package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.page.Amounts;
import java.math.BigDecimal;
import java.util.List;

/**
 * Form text turned into JSON values. What cannot be read is sent as typed, so that vendor-service
 * names the field and the reason, as it does for any other client.
 */
final class FormValues {

    private FormValues() {}

    @Nullable
    static Object number(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    /** Accepts "65", "65.50" and the French "65,50". */
    @Nullable
    static Object decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(
                    text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }

    /** A price as typed ("80", "80 €", "1 200,50"), else the text itself for the service to refuse. */
    @Nullable
    static Object price(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Amounts.parse(text).<Object>map(amount -> amount).orElse(text.strip());
    }

    /** Hours typed by people ("4", "1,5") as whole minutes for the API. */
    @Nullable
    static Object hoursAsMinutes(@Nullable String text) {
        Object hours = decimal(text);
        return hours instanceof BigDecimal value
                ? value.multiply(BigDecimal.valueOf(60)).intValue()
                : hours;
    }

    @Nullable
    static String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    static List<String> list(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).toList();
    }

    static String show(@Nullable Object value) {
        return value == null
                ? ""
                : value instanceof BigDecimal decimal
                        ? decimal.stripTrailingZeros().toPlainString()
                        : value.toString();
    }
}
