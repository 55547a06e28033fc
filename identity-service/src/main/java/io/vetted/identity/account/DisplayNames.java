package io.vetted.identity.account;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why a display name is refused, if it is. A name is shown beside references, replies and team
 * lists, so it must not pretend to speak for the platform ("Vetted", "V e t t e d", "Modérateur")
 * nor hide text: bidirectional overrides can make a name read differently from what is stored, and
 * zero-width characters make two names look identical.
 */
@Factory
public class DisplayNames {

    static final String HIDDEN = "must not contain invisible or text-direction characters";
    static final String RESERVED = "must not use a name reserved for Vetted and its moderators";

    /** Bidi embeddings, overrides and isolates, marks, zero-width characters, word joiner, BOM. */
    private static final Pattern HIDDEN_CHARACTERS =
            Pattern.compile("[\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");

    private static final Set<String> RESERVED_WORDS = Set.of(
            "vetted",
            "moderateur",
            "moderatrice",
            "moderateurs",
            "moderator",
            "moderators",
            "moderation",
            "administrateur",
            "administratrice",
            "administrator",
            "admin",
            "sysadmin",
            "staff");

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    @Singleton
    ConstraintValidator<DisplayName, CharSequence> displayNameValidator() {
        return (value, annotation, context) -> {
            Optional<String> refusal = value == null ? Optional.empty() : refusal(value.toString());
            refusal.ifPresent(context::messageTemplate);
            return refusal.isEmpty();
        };
    }

    /** The reason to refuse {@code name}, in the words of the problem's field error, or empty. */
    public static Optional<String> refusal(String name) {
        if (HIDDEN_CHARACTERS.matcher(name).find()) {
            return Optional.of(HIDDEN);
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder spelledOut = new StringBuilder();
        for (String word : NOT_LETTER.split(folded)) {
            if (RESERVED_WORDS.contains(unleet(word))) {
                return Optional.of(RESERVED);
            }
            // "V e t t e d" or "V.E.T.T.E.D": single letters read as one word
            if (word.length() == 1) {
                spelledOut.append(word);
            } else {
                spelledOut.setLength(0);
            }
            String letters = unleet(spelledOut.toString());
            if (!letters.isEmpty() && RESERVED_WORDS.stream().anyMatch(letters::endsWith)) {
                return Optional.of(RESERVED);
            }
        }
        return Optional.empty();
    }

    private static String unleet(String word) {
        return word.replace('3', 'e').replace('0', 'o').replace('1', 'i').replace('4', 'a');
    }
}
