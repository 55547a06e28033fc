package io.vetted.seed.bulk;

import io.vetted.support.company.CompanyNumbers;
import java.util.UUID;

/**
 * Identifiers derived from the seed and a row number rather than stored: every loader finds the
 * provider, account or reference it links to by recomputing its id.
 */
final class Ids {

    static final int PROVIDER = 1;
    static final int OWNER = 2;
    static final int SME = 3;
    static final int OFFER = 4;
    static final int PRICE = 5;
    static final int CLAIM = 6;
    static final int REFERENCE = 7;
    static final int INVITATION = 8;
    static final int DISPUTE = 9;
    static final int MODERATOR = 10;

    private final long seed;

    Ids(long seed) {
        this.seed = seed;
    }

    /** A version-4-shaped UUID, unique per (kind, number) for a given seed. */
    UUID uuid(int kind, long number) {
        long high = mix(seed ^ mix(kind * 0x9E3779B97F4A7C15L + number));
        long low = mix(high ^ number ^ ((long) kind << 56));
        high = (high & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A nine-digit SIREN from an eight-digit body, completed by its check digit. */
    static String siren(int body) {
        return CompanyNumbers.withCheckDigit(String.format("%08d", body));
    }

    /** A SIRET: the SIREN, a four-digit establishment number and the check digit over all fourteen. */
    static String siret(String siren, int establishment) {
        return CompanyNumbers.withCheckDigit(siren + String.format("%04d", establishment));
    }
}
