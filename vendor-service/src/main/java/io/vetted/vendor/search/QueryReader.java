package io.vetted.vendor.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what a buyer typed as places, meanings (synonyms), generic words and the remaining words,
 * left to right, the longest phrase first: "infogérance Lyon" is a meaning and a place, "managed IT
 * in Saint-Étienne" a meaning, a generic word and a place.
 */
@Singleton
class QueryReader {

    enum Role {
        PLACE,
        MEANING,
        GENERIC,
        WORD
    }

    /** One phrase of the query as typed, what it was read as. */
    record Part(
            String typed,
            String folded,
            Role role,
            @Nullable PlaceNames.Place place,
            @Nullable Vocabulary.Meaning meaning) {}

    private record Word(String folded, int token, boolean alone) {}

    private final PlaceNames places;
    private final Vocabulary vocabulary;

    QueryReader(PlaceNames places, Vocabulary vocabulary) {
        this.places = places;
        this.vocabulary = vocabulary;
    }

    /** The parts of the text; with {@code placesAllowed} false, place names stay ordinary words. */
    List<Part> read(String typed, boolean placesAllowed) {
        String[] tokens = typed.strip().split("\\s+");
        List<Word> words = new ArrayList<>();
        for (int t = 0; t < tokens.length && words.size() < 24; t++) {
            List<String> folded = Words.split(Words.fold(tokens[t]));
            for (String w : folded) {
                words.add(new Word(w, t, folded.size() == 1));
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Part part = null;
            int length = Math.min(Vocabulary.LONGEST_PHRASE, words.size() - i);
            for (; length > 0 && part == null; length--) {
                part = phrase(words.subList(i, i + length), tokens, placesAllowed);
            }
            i += length + 1;
            parts.add(part);
        }
        return parts;
    }

    @Nullable
    private Part phrase(List<Word> words, String[] tokens, boolean placesAllowed) {
        String folded = String.join(" ", words.stream().map(Word::folded).toList());
        String typed = typed(words, tokens);
        PlaceNames.Place place = placesAllowed ? places.named(folded) : null;
        if (place != null && place.kind() != PlaceNames.Kind.COMMUNE) {
            return new Part(typed, folded, Role.PLACE, place, null);
        }
        Vocabulary.Meaning meaning = vocabulary.meaning(folded);
        if (meaning != null) {
            return new Part(typed, folded, Role.MEANING, null, meaning);
        }
        if (vocabulary.generic(folded)) {
            return new Part(typed, folded, Role.GENERIC, null, null);
        }
        if (place == null && placesAllowed && words.size() == 1 && words.get(0).alone()) {
            place = places.numbered(folded);
        }
        if (place != null) {
            return new Part(typed, folded, Role.PLACE, place, null);
        }
        return words.size() == 1 ? new Part(typed, folded, Role.WORD, null, null) : null;
    }

    /** The phrase as typed when it covers whole tokens ("Saint-Étienne"), else as folded. */
    private static String typed(List<Word> words, String[] tokens) {
        int first = words.get(0).token();
        int last = words.get(words.size() - 1).token();
        String covered = String.join(" ", Arrays.copyOfRange(tokens, first, last + 1));
        boolean whole = Words.fold(covered)
                .equals(String.join(" ", words.stream().map(Word::folded).toList()));
        return whole
                ? covered
                : String.join(" ", words.stream().map(Word::folded).toList());
    }
}
