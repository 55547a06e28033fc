package io.vetted.web.quote;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.vetted.web.page.PageContext;
import io.vetted.web.security.CsrfForm;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The quote pages' models and forms, for both the buyer's and the provider's side. */
public final class QuotePages {

    private QuotePages() {}

    /** A shortlisted provider the buyer may ask, ticked when the form comes back refused. */
    @Introspected
    public record Choice(UUID providerId, String name, boolean checked) {}

    @Introspected
    public record NewPage(
            PageContext ctx,
            UUID shortlistId,
            String shortlistName,
            List<Choice> choices,
            String message,
            String company,
            Map<String, String> errors) {}

    @Introspected
    public record ListPage(PageContext ctx, List<QuoteClient.BuyerQuote> quotes) {}

    @Introspected
    public record ComparePage(PageContext ctx, QuoteClient.Comparison comparison) {}

    @Introspected
    public record BuyerQuotePage(
            PageContext ctx, QuoteClient.BuyerQuote quote, String body, Map<String, String> errors) {}

    @Introspected
    public record InboxPage(PageContext ctx, List<QuoteClient.InboxQuote> quotes) {}

    @Introspected
    public record InboxQuotePage(
            PageContext ctx,
            QuoteClient.InboxQuote quote,
            AnswerForm answer,
            String body,
            Map<String, String> errors) {}

    @Serdeable
    public record SendForm(
            @Nullable String csrfToken,
            @Nullable List<String> providerId,
            @Nullable String quoteMessage,
            @Nullable String quoteCompany)
            implements CsrfForm {}

    @Serdeable
    public record MessageForm(
            @Nullable String csrfToken, @Nullable String threadBody) implements CsrfForm {}

    @Serdeable
    public record ButtonForm(@Nullable String csrfToken) implements CsrfForm {}

    /** The answer as typed: numbers stay text until sent, so a refused form shows them back unchanged. */
    @Serdeable
    public record AnswerForm(
            @Nullable String csrfToken,
            @Nullable String pricingModel,
            @Nullable String monthlyAmountEur,
            @Nullable String includedServices,
            @Nullable String criticalResponseMinutes,
            @Nullable String afterHours,
            @Nullable String priceChangeNoticeDays,
            @Nullable String terms)
            implements CsrfForm {

        static final List<String> PRICING_MODELS = List.of("MONTHLY_FIXED", "HOURLY", "PER_INTERVENTION", "PROJECT");
        static final List<String> AFTER_HOURS = List.of("NONE", "ON_CALL", "TWENTY_FOUR_SEVEN");

        static AnswerForm empty() {
            return new AnswerForm(null, "MONTHLY_FIXED", "", "", "", "NONE", "", "");
        }

        public static List<String> pricingModels() {
            return PRICING_MODELS;
        }

        public static List<String> afterHoursLevels() {
            return AFTER_HOURS;
        }

        public String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }
}
