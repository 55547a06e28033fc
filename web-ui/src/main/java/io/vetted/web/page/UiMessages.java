package io.vetted.web.page;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every UI text comes from {@code i18n/<bundle>_fr.properties} and {@code _en.properties}, one
 * bundle per feature so each feature's texts live beside each other. They are read once into one
 * table per language: a page looks up hundreds of texts, and probing each bundle in turn (with a
 * missing-resource exception per miss) cost more than rendering the page.
 */
@Singleton
public class UiMessages {

    static final List<String> BUNDLES = List.of(
            "messages",
            "account",
            "vendor",
            "review",
            "advisor",
            "buyer",
            "diligence",
            "matching",
            "quote",
            "notification");
    private static final Locale FALLBACK = Languages.supported(Locale.ROOT);

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();
    // parsed once per language; each use formats a clone, as a MessageFormat is not safe to share between threads
    private final Map<String, Map<String, MessageFormat>> patterns = new HashMap<>();

    public UiMessages() {
        for (Locale language : Languages.SUPPORTED) {
            Map<String, String> texts = new HashMap<>();
            for (String bundle : BUNDLES) {
                load("i18n/" + bundle + ".properties", texts);
                load("i18n/" + bundle + "_" + language.getLanguage() + ".properties", texts);
            }
            // a HashMap, not Map.copyOf: its lookups compare hashes before keys, where Map.copyOf's
            // open addressing compares long keys sharing their prefixes character by character (JFR:
            // 4 % of the provider page's CPU)
            byLanguage.put(language.getLanguage(), Collections.unmodifiableMap(texts));
            patterns.put(language.getLanguage(), new ConcurrentHashMap<>());
        }
    }

    /**
     * The text of {@code key} with {@code {0}}-style arguments filled in. Apostrophes are literal
     * (French is full of them), unlike in a raw {@link MessageFormat} pattern where they quote.
     */
    Optional<String> find(String key, Locale locale, Object... args) {
        String language = byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : FALLBACK.getLanguage();
        String text = byLanguage.get(language).get(key);
        if (text == null || args.length == 0) {
            return Optional.ofNullable(text);
        }
        MessageFormat pattern = patterns.get(language)
                .computeIfAbsent(key, k -> new MessageFormat(text.replace("'", "''"), Locale.forLanguageTag(language)));
        return Optional.of(withNumbers((MessageFormat) pattern.clone(), args).format(args));
    }

    // An argument without its own format ({0} rather than {0,number}) that is a number would get a
    // NumberFormat built afresh by MessageFormat for every use; it gets a copy of the language's.
    private static MessageFormat withNumbers(MessageFormat format, Object[] args) {
        Format[] own = format.getFormatsByArgumentIndex();
        for (int i = 0; i < Math.min(own.length, args.length); i++) {
            if (own[i] == null && args[i] instanceof Number) {
                format.setFormatByArgumentIndex(i, LocalFormats.number(format.getLocale()));
            }
        }
        return format;
    }

    private static void load(String resource, Map<String, String> into) {
        try (InputStream in = UiMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((key, value) -> into.put((String) key, (String) value));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
