package io.vetted.vendor.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How typed text and the shipped word lists are compared: no accents, case, hyphens or apostrophes. */
final class Words {

    private Words() {}

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    static List<String> split(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** The data lines of a shipped resource, comments and blank lines left out. */
    static List<String> resource(String name) {
        InputStream in = Words.class.getResourceAsStream("/search/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource search/" + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
