package io.vetted.buyer.quote;

import io.vetted.support.problem.ApiProblems;
import java.util.regex.Pattern;

/**
 * Keeps contact details out of a request's thread until the buyer reveals theirs: otherwise either
 * side could swap an email address or a phone number and take the conversation, and the buyer's
 * details, off the platform before the buyer chose to. Obfuscated spellings ("at", spaces inside a
 * number) are caught too; a moderator-grade filter it is not, but it stops the plain exchange.
 */
final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+\\s*(?:@|\\(at\\)|\\[at\\]|\\{at\\}|\\s+at\\s+|\\s+arobase\\s+)\\s*[\\p{L}0-9-]+"
                    + "(?:\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\s+dot\\s+|\\s+point\\s+)\\s*[\\p{L}0-9-]+)*"
                    + "\\s*(?:\\.|\\(dot\\)|\\[dot\\]|\\s+dot\\s+|\\s+point\\s+)\\s*[a-z]{2,}\\b",
            Pattern.CASE_INSENSITIVE);

    /** French numbers (0X XX XX XX XX, +33 X …, 0033 X …) and other international numbers. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\d])(?:(?:\\+|00)\\d{2,3}[\\s.()-]*\\d|0[1-9])(?:[\\s.-]*\\d){8}(?![\\d])");

    private ContactDetails() {}

    static boolean present(String text) {
        return text != null
                && (EMAIL.matcher(text).find() || PHONE.matcher(text).find());
    }

    /** Refuses {@code text} for {@code field} with 422 when it holds contact details and the buyer has not revealed. */
    static void refuseUnlessRevealed(Quote quote, String field, String text) {
        if (quote.revealedAt() == null && present(text)) {
            throw ApiProblems.unprocessable(
                    field,
                    "holds an email address or a phone number: contact details are shared on Vetted once the buyer "
                            + "chooses to reveal theirs; until then, keep the conversation here");
        }
    }
}
