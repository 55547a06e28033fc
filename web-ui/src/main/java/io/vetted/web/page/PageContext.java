package io.vetted.web.page;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * What the layout and every page need besides their own model.
 *
 * @param ok what the visitor's last action did ({@code ok.<key>} in the bundles), confirmed at the
 *     top of the page it led back to, or null
 * @param secondFactorSetup the setup link (with the way back) when the viewer reads their own
 *     pages without the second factor their changes need, for the layout's banner; else null
 * @param unreadNotifications the signed-in viewer's unread notifications for the navigation's
 *     badge, or null when not signed in or identity-service could not say
 */
public record PageContext(
        Locale locale,
        Messages messages,
        @Nullable Viewer viewer,
        String csrfToken,
        String path,
        @Nullable String ok,
        @Nullable String secondFactorSetup,
        @Nullable Long unreadNotifications) {

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public String language() {
        return locale.getLanguage();
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public boolean isProvider() {
        return viewer != null && viewer.isProvider();
    }

    public boolean isSme() {
        return viewer != null && viewer.isSme();
    }

    public String money(BigDecimal amount) {
        NumberFormat format = LocalFormats.currency(locale, EURO);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    /** A rating with one decimal, in the visitor's notation (4,5 or 4.5). */
    public String rating(BigDecimal value) {
        NumberFormat format = LocalFormats.number(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** Five stars, {@code filled} of them full: the visual form of a 1–5 rating. */
    public String stars(int filled) {
        int full = Math.max(0, Math.min(5, filled));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    public String date(Instant instant) {
        return LocalFormats.date(FormatStyle.LONG, locale).format(instant.atZone(PARIS));
    }

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Currency EURO = Currency.getInstance("EUR");
}
