package io.vetted.vendor.provider;

/** French company identifiers: SIREN (9 digits) and SIRET (SIREN + 5), both protected by a Luhn checksum. */
public final class CompanyNumbers {

    /** La Poste's establishments do not satisfy Luhn; INSEE documents a digit-sum rule instead. */
    private static final String LA_POSTE = "356000000";

    private CompanyNumbers() {}

    /** Digits only: the spaces people type in "732 829 320" are dropped. */
    public static String normalize(String number) {
        return number == null ? null : number.replace(" ", "").replace("\u00a0", "");
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

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
