package io.vetted.web.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every UI text comes from {@code i18n/<bundle>_fr.properties} and {@code _en.properties}, one
 * bundle per feature so each feature's texts live beside each other.
 */
@Singleton
public class UiMessages {

    static final List<String> BUNDLES = List.of("messages", "account", "vendor", "review");

    private final List<MessageSource> sources = BUNDLES.stream()
            .map(bundle -> (MessageSource) new ResourceBundleMessageSource("i18n." + bundle))
            .toList();

    /**
     * The text of {@code key} with {@code {0}}-style arguments filled in. Apostrophes are literal
     * (French is full of them), unlike in a raw {@link MessageFormat} pattern where they quote.
     */
    Optional<String> find(String key, Locale locale, Object... args) {
        for (MessageSource source : sources) {
            Optional<String> raw = source.getRawMessage(key, MessageSource.MessageContext.of(locale));
            if (raw.isPresent()) {
                String text = raw.get();
                return Optional.of(args.length == 0 ? text
                        : new MessageFormat(text.replace("'", "''"), locale).format(args));
            }
        }
        return Optional.empty();
    }
}
