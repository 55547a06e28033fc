package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The buyers' words shipped as data: synonyms and abbreviations in French and English, each meaning
 * some specialties and a set of equivalent terms (synonyms.csv), and the generic words that never
 * narrow a search (generic-words.txt). Phrases are folded as {@link Words#fold} folds the query.
 */
@Singleton
class Vocabulary {

    /** A meaning: what it is shown as, the terms that match it in a provider's text, its specialties. */
    record Meaning(String shown, List<String> terms, List<String> specialties) {}

    static final int LONGEST_PHRASE = 5;

    private final Map<String, Meaning> meanings = new HashMap<>();
    private final Set<String> generic = new HashSet<>();

    Vocabulary() {
        for (String line : Words.resource("synonyms.csv")) {
            String[] fields = line.split(";", 2);
            List<String> terms = Arrays.asList(fields[1].split("\\|"));
            List<String> specialties = fields[0].isBlank() ? List.of() : Arrays.asList(fields[0].split(","));
            Meaning meaning = new Meaning(terms.get(0), terms, specialties);
            // the first line to claim a phrase keeps it, so the data reads top to bottom
            terms.forEach(t -> meanings.putIfAbsent(Words.fold(t), meaning));
        }
        Words.resource("generic-words.txt").forEach(w -> generic.add(Words.fold(w)));
    }

    @Nullable
    Meaning meaning(String folded) {
        return meanings.get(folded);
    }

    boolean generic(String folded) {
        return generic.contains(folded);
    }
}
