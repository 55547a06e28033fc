package io.vetted.vendor.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what a buyer typed into a PostgreSQL {@code tsquery}: every word must match, as a prefix,
 * accents and case ignored. Anything but letters and digits is a separator, so user input can
 * never inject tsquery operators.
 */
final class TextQuery {

    private TextQuery() {
    }

    /** @return the tsquery text, or an empty string when nothing searchable was typed */
    static String toTsQuery(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(12)
                .map(word -> word + ":*")
                .collect(Collectors.joining(" & "));
    }
}
