package io.vetted.web.page;

import java.util.Locale;
import java.util.Optional;

/** UI text in the visitor's language; a missing key shows itself rather than failing the page. */
public final class Messages {

    private final UiMessages source;
    private final Locale locale;

    Messages(UiMessages source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    public String get(String key, Object... args) {
        return find(key, args).orElse("??" + key + "??");
    }

    public Locale locale() {
        return locale;
    }

    public Optional<String> find(String key, Object... args) {
        return source.find(key, locale, args);
    }
}
