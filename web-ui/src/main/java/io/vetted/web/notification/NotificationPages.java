package io.vetted.web.notification;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.backend.NotificationClient;
import io.vetted.web.page.PageContext;
import io.vetted.web.security.CsrfForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The notification pages' models and forms. */
public final class NotificationPages {

    /** Every kind identity-service knows, in the order the settings page lists them. */
    public static final List<String> KINDS = List.of(
            "PRICE_ALERT",
            "SAVED_SEARCH_ALERT",
            "QUOTE",
            "REFERENCE",
            "CONTACT",
            "MODERATION",
            "INVITATION",
            "TEAM",
            "VERIFICATION");

    public static final List<String> DELIVERIES = List.of("IMMEDIATE", "DAILY", "WEEKLY", "NEVER");

    private NotificationPages() {}

    /** {@code older}: the offset of the next page when there is one, else null. */
    @Introspected
    public record ListPage(
            PageContext ctx,
            NotificationClient.Page page,
            @Nullable Integer older) {}

    @Introspected
    public record SettingsPage(PageContext ctx, Map<String, String> chosen, Map<String, String> errors) {}

    /** {@code kinds}: what the link turns off; empty when the link is not valid. */
    @Introspected
    public record UnsubscribePage(PageContext ctx, String token, List<String> kinds, boolean done) {}

    @Serdeable
    public record ButtonForm(@Nullable String csrfToken) implements CsrfForm {}

    /** One choice per kind, named after the kind in camel case ({@code PRICE_ALERT}: {@code priceAlert}). */
    @Serdeable
    public record SettingsForm(
            @Nullable String csrfToken,
            @Nullable String priceAlert,
            @Nullable String savedSearchAlert,
            @Nullable String quote,
            @Nullable String reference,
            @Nullable String contact,
            @Nullable String moderation,
            @Nullable String invitation,
            @Nullable String team,
            @Nullable String verification)
            implements CsrfForm {

        /** What was chosen for each kind, in {@link #KINDS} order; kinds left out are missing. */
        public Map<String, String> chosen() {
            String[] values = {
                priceAlert, savedSearchAlert, quote, reference, contact, moderation, invitation, team, verification
            };
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int i = 0; i < KINDS.size(); i++) {
                if (values[i] != null) {
                    chosen.put(KINDS.get(i), values[i].strip());
                }
            }
            return chosen;
        }
    }

    /** The form field of a kind: {@code PRICE_ALERT} is {@code priceAlert}. */
    public static String field(String kind) {
        StringBuilder field = new StringBuilder();
        for (String word : kind.toLowerCase(Locale.ROOT).split("_")) {
            field.append(field.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return field.toString();
    }
}
