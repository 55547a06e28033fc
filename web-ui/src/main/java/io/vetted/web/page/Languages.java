package io.vetted.web.page;

import java.util.List;
import java.util.Locale;

/** The languages the site speaks; anything else falls back to French. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    public static final String COOKIE = "__Host-vetted_lang";

    private Languages() {}

    public static Locale supported(Locale requested) {
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.FRENCH);
    }
}
