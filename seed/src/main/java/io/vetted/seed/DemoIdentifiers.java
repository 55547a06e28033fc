package io.vetted.seed;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Identifiers and amounts as the APIs take them: Luhn-valid SIRENs, URL slugs, euro amounts. */
public final class DemoIdentifiers {

    private DemoIdentifiers() {}

    /** Eight random digits and the Luhn check digit that completes them. */
    static String siren(Random random) {
        return withCheckDigit(String.valueOf(10_000_000 + random.nextInt(89_999_999)));
    }

    /** {@code body} followed by the Luhn check digit that completes it (SIREN, SIRET). */
    public static String withCheckDigit(String body) {
        for (int check = 0; check < 10; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return sum % 10 == 0;
    }

    static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    static BigDecimal euros(int amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
