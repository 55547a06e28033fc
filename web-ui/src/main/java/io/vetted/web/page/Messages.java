package io.vetted.web.page;

import io.micronaut.context.MessageSource;

import java.util.Locale;

/** UI text in the visitor's language; a missing key shows itself rather than failing the page. */
public final class Messages {

    private final MessageSource source;
    private final Locale locale;

    Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, locale, args).orElse("??" + key + "??");
    }
}
