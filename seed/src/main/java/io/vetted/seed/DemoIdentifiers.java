package io.vetted.seed;

import io.vetted.support.company.CompanyNumbers;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** Identifiers and amounts as the APIs take them: valid SIRENs (see CompanyNumbers), URL slugs, euro amounts. */
public final class DemoIdentifiers {

    private DemoIdentifiers() {}

    /** Eight random digits and the Luhn check digit that completes them. */
    static String siren(Random random) {
        return CompanyNumbers.withCheckDigit(String.valueOf(10_000_000 + random.nextInt(89_999_999)));
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
