package io.vetted.web.account;

import io.vetted.web.page.PageContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One stored value of a data export in the visitor's words: yes or no, dates, numbers, codes. */
final class ExportValues {

    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9_ -]*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ExportValues() {}

    static String format(PageContext ctx, String part, String key, Object value) {
        Locale locale = ctx.locale();
        if (value instanceof List<?> list) {
            return String.join(
                    ", ",
                    list.stream().map(item -> format(ctx, part, key, item)).toList());
        }
        if (value instanceof Boolean yes) {
            return ctx.t(yes ? "data.yes" : "data.no");
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return NumberFormat.getNumberInstance(locale).format(value);
        }
        String text = String.valueOf(value);
        try {
            if (INSTANT.matcher(text).matches()) {
                return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(OffsetDateTime.parse(text).atZoneSameInstant(PARIS));
            }
            if (DAY.matcher(text).matches()) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(LocalDate.parse(text));
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        if (WORDS.matcher(text).matches()) {
            // a code (role, status, kind) or a fixed phrase (how a sign-in was made): the family of
            // texts it belongs to, named by part and field or by field; anything else shows as stored
            return ctx.messages()
                    .find("data.values." + part + "." + key)
                    .or(() -> ctx.messages().find("data.values." + key))
                    .flatMap(family -> ctx.messages().find(family + text.replace(' ', '-')))
                    .orElse(text);
        }
        return text;
    }
}
