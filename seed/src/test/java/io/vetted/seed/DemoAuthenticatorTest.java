package io.vetted.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a demo load keeps for the next one, should it be interrupted while a second factor is on. */
class DemoAuthenticatorTest {

    private static final String EMAIL = "prestataire1@demo.vetted.fr";

    @TempDir
    Path home;

    @Test
    void theNextLoadFindsTwoRecoveryCodesEachGivenOnce() throws IOException {
        Path file = home.resolve("demo-totp");
        enrolled(file, "k7q2-9xz4", "m3p8-2wd6", "t5h1-8kc3");

        DemoAuthenticator next = new DemoAuthenticator(file);
        assertThat(next.recoveryCode(EMAIL)).isEqualTo("k7q2-9xz4");
        next.recoveryCodeSpent(EMAIL);
        assertThat(new DemoAuthenticator(file).recoveryCode(EMAIL)).isEqualTo("m3p8-2wd6");
        next.recoveryCodeSpent(EMAIL);

        assertThat(new DemoAuthenticator(file).recoveryCode(EMAIL)).isNull();
    }

    @Test
    void forgetsTheRecoveryCodesOnceTotpIsOff() throws IOException {
        Path file = home.resolve("demo-totp");
        DemoAuthenticator authenticator = enrolled(file, "k7q2-9xz4", "m3p8-2wd6");

        authenticator.forgetRecoveryCodes(EMAIL);

        assertThat(new DemoAuthenticator(file).recoveryCode(EMAIL)).isNull();
    }

    @Test
    void aNewSecretDropsTheRecoveryCodeOfTheEnrolmentItReplaces() throws IOException {
        DemoAuthenticator authenticator = enrolled(home.resolve("demo-totp"), "k7q2-9xz4", "m3p8-2wd6");

        authenticator.remember(EMAIL, "KRSXG5CTMVRXEZLU");

        assertThat(authenticator.recoveryCode(EMAIL)).isNull();
    }

    @Test
    void keepsItsSecretsReadableByTheOwnerOnly() throws IOException {
        Path file = home.resolve("demo-totp");
        DemoAuthenticator authenticator = enrolled(file, "k7q2-9xz4", "m3p8-2wd6");

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    /** An authenticator holding the account's secret and the recovery codes its enrolment issued. */
    private static DemoAuthenticator enrolled(Path file, String... recoveryCodes) throws IOException {
        DemoAuthenticator authenticator = new DemoAuthenticator(file);
        authenticator.remember(EMAIL, "JBSWY3DPEHPK3PXP");
        authenticator.rememberRecoveryCodes(EMAIL, List.of(recoveryCodes));
        return authenticator;
    }
}
