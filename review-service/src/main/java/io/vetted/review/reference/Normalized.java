package io.vetted.review.reference;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for comparison: no accents, no case, no punctuation, no legal-form suffix. */
final class Normalized {

    private Normalized() {}

    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return folded.replaceAll("\\b(sas|sasu|sarl|eurl|sa|sci|snc|ltd|inc)$", "")
                .strip();
    }
}
