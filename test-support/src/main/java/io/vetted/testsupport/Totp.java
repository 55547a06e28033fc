package io.vetted.testsupport;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/** What an authenticator app shows for a TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s), now. */
public final class Totp {

    private Totp() {}

    public static String code(String secret) {
        return at(secret, Instant.now().getEpochSecond() / 30);
    }

    /**
     * The code of the next 30 s step, which the service accepts as clock drift: for a second use
     * right after a first one (enrolment, then sign-in), since a step's code is spent once used.
     */
    public static String nextCode(String secret) {
        return at(secret, Instant.now().getEpochSecond() / 30 + 1);
    }

    private static String at(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
