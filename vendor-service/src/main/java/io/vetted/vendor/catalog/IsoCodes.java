package io.vetted.vendor.catalog;

import java.util.Locale;
import java.util.Set;

/** Language (ISO 639-1) and country (ISO 3166-1 alpha-2) codes, as the JDK knows them. */
public final class IsoCodes {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private IsoCodes() {}

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }
}
