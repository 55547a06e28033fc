package io.vetted.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a demo load keeps for the next one, should it be interrupted while a second factor is on. */
class DemoAuthenticatorTest {

    private static final String EMAIL = "prestataire1@demo.vetted.fr";

    @TempDir
    Path home;

    @Test
    void theNextLoadFindsTheRecoveryCodeUntilItIsSpent() throws IOException {
        Path file = home.resolve("demo-totp");
        DemoAuthenticator first = new DemoAuthenticator(file);
        first.remember(EMAIL, "JBSWY3DPEHPK3PXP");
        first.rememberRecoveryCode(EMAIL, "k7q2-9xz4");

        DemoAuthenticator next = new DemoAuthenticator(file);
        assertThat(next.recoveryCode(EMAIL)).isEqualTo("k7q2-9xz4");
        next.recoveryCodeSpent(EMAIL);

        assertThat(new DemoAuthenticator(file).recoveryCode(EMAIL)).isNull();
    }

    @Test
    void aNewSecretDropsTheRecoveryCodeOfTheEnrolmentItReplaces() throws IOException {
        DemoAuthenticator authenticator = new DemoAuthenticator(home.resolve("demo-totp"));
        authenticator.remember(EMAIL, "JBSWY3DPEHPK3PXP");
        authenticator.rememberRecoveryCode(EMAIL, "k7q2-9xz4");

        authenticator.remember(EMAIL, "KRSXG5CTMVRXEZLU");

        assertThat(authenticator.recoveryCode(EMAIL)).isNull();
    }

    @Test
    void keepsItsSecretsReadableByTheOwnerOnly() throws IOException {
        Path file = home.resolve("demo-totp");
        DemoAuthenticator authenticator = new DemoAuthenticator(file);
        authenticator.remember(EMAIL, "JBSWY3DPEHPK3PXP");
        authenticator.rememberRecoveryCode(EMAIL, "k7q2-9xz4");

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
