package io.vetted.vendor.company;

import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the name a profile shows and the register's name are the same company's, as far as
 * letters can tell: accents, case, punctuation and legal forms aside, one contains the other. A
 * hint for moderators, never a decision.
 */
final class CompanyNames {

    private static final Set<String> LEGAL_FORMS =
            Set.of("sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "selarl", "ei", "eirl", "scs", "gie");

    private CompanyNames() {}

    static boolean match(@Nullable String shown, @Nullable String registered) {
        String a = normalized(shown);
        String b = normalized(registered);
        return !a.isEmpty() && !b.isEmpty() && (contains(a, b) || contains(b, a));
    }

    private static boolean contains(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static String normalized(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.joining(" "));
    }
}
