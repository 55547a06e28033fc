package io.vetted.web.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

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

    Optional<String> find(String key, Locale locale, Object... args) {
        for (MessageSource source : sources) {
            Optional<String> message = source.getMessage(key, locale, args);
            if (message.isPresent()) {
                return message;
            }
        }
        return Optional.empty();
    }
}
