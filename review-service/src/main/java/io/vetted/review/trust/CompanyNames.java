package io.vetted.review.trust;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether names and domains designate the same company, after folding accents, case, punctuation,
 * legal forms and filler words: "SARL Garage Petit" is {@code garage-petit.fr} and {@code gp.fr}
 * is not enough. Deliberately strict: a moderator confirms the domains these rules miss, once per
 * company.
 */
final class CompanyNames {

    private static final Set<String> FILLER = Set.of(
            "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "scp", "selarl", "selas", "gie", "ltd", "inc",
            "gmbh", "llc", "et", "and", "de", "du", "des", "la", "le", "les", "l", "d", "the", "cie", "co", "fils");
    private static final int SHORTEST_PARTIAL = 5;

    private CompanyNames() {}

    /** The register's name, or one of its names, matches the domain's label. */
    static boolean domainMatches(String registrableDomain, List<String> names) {
        String label = compact(Domains.label(registrableDomain));
        if (label.length() < 3) {
            return false;
        }
        for (String name : names) {
            List<String> words = words(name);
            String joined = String.join("", words);
            String acronym = words.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining());
            if (label.equals(joined) || (words.size() >= 3 && label.equals(acronym))) {
                return true;
            }
            if (label.length() >= SHORTEST_PARTIAL
                    && joined.length() >= SHORTEST_PARTIAL
                    && (joined.contains(label) || label.contains(joined))) {
                return true;
            }
        }
        return false;
    }

    /** The name a client typed resembles one of the register's names: a shared word of 3+ letters, or one contains the other. */
    static boolean resemble(String typed, List<String> names) {
        List<String> typedWords = words(typed);
        String typedJoined = String.join("", typedWords);
        for (String name : names) {
            List<String> words = words(name);
            String joined = String.join("", words);
            if (typedWords.stream().anyMatch(w -> w.length() >= 3 && words.contains(w))) {
                return true;
            }
            if (typedJoined.length() >= 4
                    && joined.length() >= 4
                    && (joined.contains(typedJoined) || typedJoined.contains(joined))) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String text) {
        return Arrays.stream(fold(text).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .toList();
    }

    private static String compact(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "");
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
