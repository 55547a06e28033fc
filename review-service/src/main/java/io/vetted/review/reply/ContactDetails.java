package io.vetted.review.reply;

import io.micronaut.core.annotation.Nullable;
import io.vetted.review.trust.Domains;
import io.vetted.support.problem.ApiProblems;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provider's public reply must not publish the client's contact details: an email address (other
 * than at the provider's own domain), a phone number or a postal address is refused, and the answer
 * says which and why.
 */
final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.])(?:(?:\\+|00)\\d{1,3}[\\s.-]?(?:\\(0\\)[\\s.-]?)?\\d(?:[\\s.-]?\\d){7,11}|0[1-9](?:[\\s.-]?\\d{2}){4})(?![\\d])");
    private static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,4}\\s*(?:bis|ter)?,?\\s+(?:rue|avenue|av\\.|bd|boulevard|chemin|impasse|all[ée]e|place|quai|route|cours"
                    + "|faubourg|square|esplanade|voie|street|st\\.|road|lane)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSTCODE_AND_TOWN = Pattern.compile("\\b(?:F-)?\\d{5}\\s+\\p{Lu}[\\p{L}' -]{2,}");

    private ContactDetails() {}

    static void refuse(String body, @Nullable String providerWebsite) {
        String ownDomain = Domains.ofWebsite(providerWebsite);
        Matcher email = EMAIL.matcher(body);
        while (email.find()) {
            if (ownDomain == null || !ownDomain.equals(Domains.registrable(email.group(1)))) {
                throw refused("an email address (" + email.group() + ")");
            }
        }
        if (PHONE.matcher(body).find()) {
            throw refused("a phone number");
        }
        if (STREET.matcher(body).find() || POSTCODE_AND_TOWN.matcher(body).find()) {
            throw refused("a postal address");
        }
    }

    private static RuntimeException refused(String what) {
        return ApiProblems.unprocessable(
                "body",
                "contains " + what + ": a public reply must not publish the client's contact details (their email"
                        + " address, phone number or postal address). Write to the client privately instead.");
    }
}
