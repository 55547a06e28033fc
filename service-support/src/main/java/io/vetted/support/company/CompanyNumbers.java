package io.vetted.support.company;

import java.util.regex.Pattern;

/**
 * French company identifiers, the one definition every module uses: a SIREN is 9 digits, a SIRET
 * the SIREN and 5 more, both ending in a Luhn check digit. Plain Java, so the seeder can use it
 * without Micronaut.
 */
public final class CompanyNumbers {

    /** La Poste's establishments do not satisfy Luhn; INSEE documents a digit-sum rule instead. */
    private static final String LA_POSTE = "356000000";

    /** Any space people type or paste in "732 829 320": plain, no-break (U+00A0), narrow no-break (U+202F), tabs. */
    private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");

    private CompanyNumbers() {}

    /** The number without its spaces; null stays null. */
    public static String normalize(String number) {
        return number == null ? null : SPACES.matcher(number).replaceAll("");
    }

    public static boolean isSiren(String number) {
        String digits = normalize(number);
        return digits != null && digits.matches("\\d{9}") && luhn(digits);
    }

    public static boolean isSiret(String number) {
        String digits = normalize(number);
        if (digits == null || !digits.matches("\\d{14}")) {
            return false;
        }
        return digits.startsWith(LA_POSTE) ? digits.chars().map(c -> c - '0').sum() % 5 == 0 : luhn(digits);
    }

    /** {@code body} followed by the Luhn check digit that completes it: a SIREN from 8 digits, a SIRET from 13. */
    public static String withCheckDigit(String body) {
        for (int check = 0; check < 10; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalArgumentException("not digits: " + body);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
