package io.vetted.web.provider;

import io.micronaut.core.annotation.Nullable;
import io.vetted.web.backend.VendorModels;
import io.vetted.web.page.LocalFormats;
import io.vetted.web.page.PageContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How profile values read in the visitor's language: durations, days, codes, percentages. */
public final class Formats {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {}

    /** "Anglais" / "English" for {@code en}. */
    public static String language(PageContext ctx, String code) {
        return capitalize(Locale.forLanguageTag(code).getDisplayLanguage(ctx.locale()), ctx.locale());
    }

    public static String country(PageContext ctx, @Nullable String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(ctx.locale());
    }

    /** 45 → "45 min", 120 → "2 h", 90 → "1 h 30", 2880 → "2 j" (or "2 d"). */
    public static String duration(PageContext ctx, @Nullable Integer minutes) {
        if (minutes == null) {
            return "—";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes % 1440 == 0) {
            return minutes / 1440 + (ctx.language().equals("fr") ? " j" : " d");
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + String.format("%02d", minutes % 60));
    }

    /** "lundi – vendredi" for a run of days, else each day. */
    public static String days(PageContext ctx, List<String> days) {
        List<DayOfWeek> sorted = days.stream().map(DayOfWeek::valueOf).sorted().toList();
        if (sorted.isEmpty()) {
            return "—";
        }
        boolean run = sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (run && sorted.size() > 2) {
            return day(ctx, sorted.get(0)) + " – " + day(ctx, sorted.get(sorted.size() - 1));
        }
        return String.join(", ", sorted.stream().map(d -> day(ctx, d)).toList());
    }

    public static String time(@Nullable LocalTime time) {
        return time == null ? "—" : time.format(HOURS);
    }

    public static String date(PageContext ctx, LocalDate date) {
        return LocalFormats.date(FormatStyle.MEDIUM, ctx.locale()).format(date);
    }

    /** The day of {@code instant} in France, where Vetted's dates are read. */
    public static String date(PageContext ctx, Instant instant) {
        return date(ctx, LocalDate.ofInstant(instant, ZoneId.of("Europe/Paris")));
    }

    /** An offer's price as its pricing model reads ("€490 / month"). */
    public static String price(PageContext ctx, VendorModels.Offer offer, BigDecimal amount) {
        return ctx.t(
                "pricing." + offer.pricingModel() + (offer.priceUnit() == null ? "" : "." + offer.priceUnit()),
                ctx.money(amount));
    }

    /** A change as signed percentage: "+10,2 %", "-5 %". */
    public static String change(PageContext ctx, BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent(ctx, percent);
    }

    /** 12.5 → "12,5 %" or "12.5%". */
    public static String percent(PageContext ctx, @Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = LocalFormats.number(ctx.locale());
        format.setMaximumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 3 : 0);
        return ctx.language().equals("fr") ? format.format(value) + " %" : format.format(value) + "%";
    }

    /** A share between 0 and 1 as a whole percentage. */
    public static String share(PageContext ctx, @Nullable BigDecimal share) {
        return share == null
                ? "—"
                : percent(ctx, share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP));
    }

    /** Every country but France, by name in the visitor's language, for "where is the work done". */
    public static List<Map.Entry<String, String>> countries(PageContext ctx) {
        Collator collator = Collator.getInstance(ctx.locale());
        return Arrays.stream(Locale.getISOCountries())
                .filter(code -> !code.equals("FR"))
                .map(code -> Map.entry(code, country(ctx, code)))
                .sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
                .toList();
    }

    /** "732 829 320". */
    public static String siren(@Nullable String siren) {
        return siren == null || siren.length() != 9
                ? ""
                : siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
    }

    private static String day(PageContext ctx, DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, ctx.locale());
    }

    private static String capitalize(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
