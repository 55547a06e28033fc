package io.vetted.testsupport;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/** What an authenticator app shows for a TOTP secret (RFC 6238: SHA-1, 6 digits, 30 s), now. */
public final class Totp {

    private Totp() {}

    public static String code(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
